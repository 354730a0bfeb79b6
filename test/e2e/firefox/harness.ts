// Firefox ESR (Debian's firefox-esr, never a downloaded build) with dist/firefox installed, driven by
// puppeteer-core over WebDriver BiDi. What Playwright's Chromium harness does with CDP, this does with
// Firefox's own code, evaluated in the browser window over Marionette (./launch.ts): a toolbar click
// is browserActionFor(extension).triggerAction(window), the function a real click calls.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { GECKO_ID } from '../../../scripts/build/manifest-for';
import { serveFixtures, type Served } from '../harness';
import { startFirefox, type LaunchedFirefox } from './launch';

export const FIREFOX_DIST = resolve(process.env.SIFT_FIREFOX_DIST ?? 'dist/firefox');
// A fixed extension UUID (pref extensions.webextensions.uuids), so its pages have a known address.
export const UUID = '5b0c8f7a-1d2e-4c3b-9a8f-0123456789ab';
export const ORIGIN = `moz-extension://${UUID}`;

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: install Debian's firefox-esr or set FIREFOX_PATH`);
  return path;
}

interface BidiConnection { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> }
interface TreeContext { context: string; url: string; children?: TreeContext[] | null }

const EXTENSION_PARENT = "ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent";
const EXTENSION = `${EXTENSION_PARENT}.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

export interface Firefox {
  browser: Browser;
  served: Served;
  /** Ends the session and the browser, and removes its profile. */
  stop(): Promise<void>;
  url(file: string): string;
  /** Runs `expression` (may await) in a browsing context and returns its value as JSON. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** The same in the browser window, with `extension` (our Extension object) and `window` in scope. */
  inBrowser<T>(expression: string): Promise<T>;
  /** A real toolbar click on the selected tab. */
  clickToolbar(page: Page): Promise<void>;
  /** The reader frame's browsing context in `page`, once its title or message has rendered. */
  readerContext(page: Page): Promise<string>;
  /** Grants the optional "all sites" access, as the user's answer to the browser's prompt does. */
  grantAllSites(): Promise<void>;
  tabId(page: Page): Promise<number>;
  /** A new tab showing one of the extension's pages (popup.html, options.html…). */
  extensionPage(path: string): Promise<Page>;
}

// Fixture pages name ad and image hosts that do not exist: send every non-local request to a closed
// local port, so it fails at once and nothing leaves the machine.
const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
};

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} has no built extension: run \`npm run build\` first`);
  const served = await serveFixtures();
  const firefox: LaunchedFirefox = await startFirefox(firefoxPath(), PREFS).catch((error: unknown) => {
    served.server.close();
    throw error;
  });
  const { browser, marionette } = firefox;
  await browser.installExtension(FIREFOX_DIST);
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true,
    });
    const outcome = result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (outcome.type !== 'success') throw new Error(`evaluate failed: ${outcome.exceptionDetails?.text ?? JSON.stringify(outcome)}`);
    return (outcome.result?.value === undefined ? undefined : JSON.parse(outcome.result.value)) as T;
  };
  const inBrowser = async <T>(expression: string): Promise<T> => {
    const { value } = await marionette.send<{ value: string | undefined }>('WebDriver:ExecuteScript', {
      script: `return (async (extension) => JSON.stringify(await (${expression})))(${EXTENSION})`, args: [],
    });
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };

  const readerContext = async (page: Page): Promise<string> => {
    const pageUrl = page.url();
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      const { result } = await bidi.send('browsingContext.getTree', {});
      const top = (result.contexts as TreeContext[]).find((c) => c.url === pageUrl);
      const frame = top?.children?.find((c) => c.url.startsWith(`${ORIGIN}/reader.html`));
      if (frame && await evaluate<boolean>(frame.context, "!!document.querySelector('.reader-title, .reader-message') && !/^Loading/.test(document.querySelector('.reader-message p')?.textContent ?? '')").catch(() => false)) {
        return frame.context;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the reading view did not appear');
  };

  return {
    browser, served, evaluate, stop: () => firefox.stop(), inBrowser, readerContext,
    url: (file) => `${served.origin}/pages/${file}`,
    async clickToolbar(page) {
      await page.bringToFront();
      await inBrowser(`Promise.resolve(${EXTENSION_PARENT}.apiManager.global.browserActionFor(extension).triggerAction(window)).then(() => true)`);
    },
    async grantAllSites() {
      await inBrowser(`ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs').ExtensionPermissions
        .add(extension.id, { permissions: [], origins: ['http://*/*', 'https://*/*'] }, extension).then(() => true)`);
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      // Puppeteer's goto waits for a navigation event Firefox does not send for extension pages:
      // navigate without waiting, then wait for the page's own content.
      await bidi.send('browsingContext.navigate', { context: (page.mainFrame() as unknown as { _id: string })._id, url: `${ORIGIN}/${path}`, wait: 'none' });
      // Polled from here: Puppeteer's waitFor* helpers build functions in the page, which an extension
      // page's CSP blocks in Firefox ESR 140.
      for (const deadline = Date.now() + 10_000; ;) {
        if (await page.evaluate(() => (document.getElementById('app')?.childElementCount ?? 0) > 0).catch(() => false)) return page;
        if (Date.now() > deadline) throw new Error(`${path} did not render`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async tabId(page) {
      await page.bringToFront();
      return inBrowser<number>(`${EXTENSION_PARENT}.apiManager.global.tabTracker.getId(window.gBrowser.selectedTab)`);
    },
  };
}

/** One Firefox with the extension and the fixture server, for the test file that calls this. */
export function useFirefox(): { ff: Firefox } {
  const session = {} as { ff: Firefox };
  beforeAll(async () => { session.ff = await launchFirefox(); }, 90_000);
  afterAll(async () => {
    await session.ff?.stop();
    session.ff?.served.server.close();
  });
  return session;
}
