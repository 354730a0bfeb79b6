// Real Chromium with the built extension loaded, and a static server for the fixture pages.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const DIST = resolve('dist/chrome');
export const FIXTURES = resolve('test/fixtures/pages');

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROME_PATH`);
  return path;
}

export interface Served { server: Server; origin: string }

/** Serves test/fixtures/pages at http://127.0.0.1:PORT/pages/FILE. */
export async function serveFixtures(): Promise<Served> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/pages\//, '');
    const file = join(FIXTURES, name);
    if (!/^[\w.-]+\.html$/.test(name) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, extensionId, worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A real toolbar click: CDP Extensions.triggerAction on the page's tab target. */
export async function clickToolbar(b: Browser, page: Page): Promise<void> {
  const browser = b.context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : await b.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}: ${JSON.stringify(targetInfos.map((t) => [t.type, t.url]))}`);
    await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}
