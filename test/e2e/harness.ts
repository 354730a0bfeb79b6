// Real Chromium with the built extension loaded, and a static server for the fixture pages.
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// SIFT_DIST: another build of the extension (a helper's own build dir, so parallel builds do not clash).
export const DIST = resolve(process.env.SIFT_DIST ?? 'dist/chrome');
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

/** Installs dist/chrome into a browser started with `late`, as a user installing it would. */
export async function installLate(b: Browser): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never)) as { id: string };
  await cdp.detach();
  const ours = () => b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`));
  b.worker = ours() ?? (await b.context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(id), timeout: 10_000 }));
  b.extensionId = id;
  await listening(b.worker);
}

/** The worker script may still be running its top level: wait until it listens for clicks. */
async function listening(worker: Worker): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await worker.evaluate(() => chrome.action.onClicked.hasListeners()))) {
    if (Date.now() > deadline) throw new Error('the extension never listened for toolbar clicks');
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export const BASE_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * Chromium with the extension loaded at start, or (`late`) without it: the caller loads it later
 * through CDP Extensions.loadUnpacked, for tabs that were open before the extension was installed.
 */
export interface LaunchOptions {
  late?: boolean;
  /**
   * Start with the optional "all sites" access already granted, as after the user allowed it.
   * Chromium's permission prompt cannot be answered by automation (microsoft/playwright#32755),
   * so a copy of dist/chrome lists those origins as granted host permissions; the code is the same.
   */
  grantHosts?: boolean;
  /** The built extension to load (default dist/chrome). */
  dist?: string;
  /**
   * The browser's interface language (e.g. 'id'): Chromium takes it from --lang and, on Linux, from
   * LANGUAGE; it needs Debian's chromium-l10n for any language but English.
   */
  locale?: string;
}

/** A copy of dist/chrome whose optional host permissions are granted at install. */
function distWithHostsGranted(built: string, profile: string): string {
  const dir = join(profile, 'extension');
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

function localeLaunch(locale: string | undefined): { args: string[]; env?: Record<string, string> } {
  if (!locale) return { args: [] };
  const posix = `${locale}_${locale.toUpperCase()}.UTF-8`;
  return {
    args: [`--lang=${locale}`],
    env: { ...(process.env as Record<string, string>), LANGUAGE: locale, LANG: posix, LC_ALL: posix },
  };
}

export async function launch({ late = false, grantHosts = false, dist: built = DIST, locale }: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} has no built extension: run \`npm run build\` first`);
  const profile = mkdtempSync(join(tmpdir(), 'sift-e2e-'));
  const dist = grantHosts ? distWithHostsGranted(built, mkdtempSync(join(tmpdir(), 'sift-e2e-dist-'))) : built;
  const extensionArgs = late
    ? ['--enable-unsafe-extension-debugging']
    : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...extensionArgs, ...BASE_ARGS, ...localeLaunch(locale).args],
    ...(locale ? { env: localeLaunch(locale).env } : {}),
    // Playwright adds --disable-extensions unless told not to, which would refuse the late install.
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker = late ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  if (worker) await listening(worker);
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : '',
    worker: worker as Worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (dist !== built) rmSync(dirname(dist), { recursive: true, force: true });
    },
  };
}

/**
 * The CDP target of type `tab` showing `page` (what Extensions.triggerAction takes). A tab of the
 * same page that was just closed can still be listed for a moment: wait until this page's tab is
 * the only one (or, after a while, take the newest listed).
 */
export async function tabTarget(cdp: CDPSession, page: Page): Promise<string> {
  type Info = { targetId: string; type: string; url: string };
  const tabs = async () => ((await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as { targetInfos: Info[] }).targetInfos
    .filter((t) => t.type === 'tab' && t.url === page.url());
  let matching = await tabs();
  for (const deadline = Date.now() + 2_000; matching.length !== 1 && Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 50));
    matching = await tabs();
  }
  const tab = matching[matching.length - 1];
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  return tab.targetId;
}

/** A real toolbar click: CDP Extensions.triggerAction on the page's tab target. */
export async function clickToolbar(b: Browser, page: Page): Promise<void> {
  const browser = b.context.browser();
  const cdp = browser ? await browser.newBrowserCDPSession() : await b.context.newCDPSession(page);
  try {
    await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: await tabTarget(cdp, page) } as never);
  } finally {
    await cdp.detach();
  }
}

export interface Fixture { file: string; url: string; title: string; body: string; article: boolean }

export function fixtures(): Fixture[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as Fixture[];
}

const PLACEHOLDER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#c9cdc4"/><path d="M0 520 L300 330 L520 470 L800 250 L1200 560 V675 H0 Z" fill="#9aa392"/></svg>';

export async function openPage(b: Browser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  // Fixture pages name ad and image hosts that do not exist; answer them locally and at once.
  // Images get a plain placeholder so that screenshots show where they are.
  await page.route((u) => /^https?:$/.test(u.protocol) && u.hostname !== '127.0.0.1', (route) =>
    route.request().resourceType() === 'image'
      ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG })
      : route.fulfill({ status: 204, body: '' }));
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The tab id of `page` (brought to front first: the extension has no "tabs" permission to search by URL). */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

export async function badgeOf(b: Browser, tabId: number): Promise<string> {
  return b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The reading view's frame once its article (or a message other than "Loading…") has rendered. */
export async function readerFrame(page: Page, selector = '.reader-title, .reader-message') {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/reader.html'));
    // "Loading…" is a message too, but not the one a test waits for.
    const loading = () => frame!.locator('.reader-message p', { hasText: /^Loading/ }).count().catch(() => 1);
    if (frame && (await frame.locator(selector).count().catch(() => 0)) > 0 && (await loading()) === 0) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('the reading view did not appear');
}

export async function waitForNoReader(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')), null, { timeout: 10_000 });
}

/** What must be identical before opening and after closing the view. */
export async function pageState(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focus: document.activeElement ? `${document.activeElement.tagName}#${document.activeElement.id}` : null,
  }));
}

export function paragraphs(body: string): string[] {
  return body.split(/\n\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export interface Session {
  b: Browser;
  served: Served;
}

/** One Chromium with the extension, and the fixture server, for the test file that calls this. */
export function useBrowser(onStart?: (session: Session) => void, options: LaunchOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.served = await serveFixtures();
    session.b = await launch(options);
    onStart?.(session);
  });
  afterAll(async () => {
    await session.b?.close();
    session.served?.server.close();
  });
  return session;
}

/** Chooses the view's "Not an article" (in the toolbar's ⋯ menu, opened first when there is one). */
export async function chooseNotArticle(frame: Frame): Promise<void> {
  const menu = frame.locator('.reader-menu-button');
  if ((await menu.count()) > 0) await menu.click();
  await frame.locator('.reader-not-article').click();
}
