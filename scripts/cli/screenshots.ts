// Writes the README's screenshots of the built extension (dist/chrome, or SIFT_DIST) in headless
// Chromium: `npm run build && npm run screenshots`. A script of its own, so that the test run never
// writes into docs/. Article pages other than the fixtures (a right-to-left and a CJK one) are in
// scripts/cli/screenshot-pages/, served under made-up addresses that never reach the network.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { argsOrExit, readArgs, UsageError } from '../lib/args';
import { clickToolbar, launch, openPage, readerFrame, serveFixtures, tabIdOf, type Browser } from '../../test/e2e/harness';

const DOCS = resolve('docs');
const PAGES = resolve('scripts/cli/screenshot-pages');

type Shot = (b: Browser, origin: string) => Promise<void>;

const setTheme = (b: Browser, theme: string) => b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);

async function view(b: Browser, at: string | Page): Promise<{ page: Page; frame: Awaited<ReturnType<typeof readerFrame>> }> {
  const page = typeof at === 'string' ? await openPage(b, at) : at;
  await clickToolbar(b, page);
  const frame = await readerFrame(page);
  // Entity marks arrive a moment after the article.
  await page.waitForTimeout(600);
  return { page, frame };
}

/** An article page of our own, served under `https://HOST/…` through the browser's request routing. */
async function ownPage(b: Browser, file: string, host: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.route((u) => /^https?:$/.test(u.protocol), (route) => (new URL(route.request().url()).host === host
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(PAGES, file)) })
    : route.fulfill({ status: 204, body: '' })));
  await page.goto(`https://${host}/2024/03/12/${file.replace(/\.html$/, "")}`);
  await page.bringToFront();
  return page;
}

const save = async (page: Page, name: string, clip?: { height: number }) => {
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: `${DOCS}/${name}.png`, ...(clip ? { clip: { x: 0, y: 0, width, height: clip.height } } : {}) });
  console.log(`wrote docs/${name}.png`);
};

const SHOTS: Record<string, { locale?: string; shot: Shot }> = {
  'reader-view': { shot: async (b, origin) => save((await view(b, `${origin}/pages/seed.html`)).page, 'reader-view') },
  'reader-dark': { shot: async (b, origin) => { await setTheme(b, 'dark'); await save((await view(b, `${origin}/pages/seed.html`)).page, 'reader-dark'); } },
  'reader-contrast': { shot: async (b, origin) => { await setTheme(b, 'contrast'); await save((await view(b, `${origin}/pages/seed.html`)).page, 'reader-contrast'); } },
  'reader-type-panel': {
    shot: async (b, origin) => {
      const { page, frame } = await view(b, `${origin}/pages/seed.html`);
      await frame.locator('.type-toggle').click();
      await frame.locator('.type-panel').waitFor();
      await save(page, 'reader-type-panel');
    },
  },
  'reader-entities': {
    shot: async (b, origin) => {
      const { page, frame } = await view(b, `${origin}/pages/seed.html`);
      await frame.locator('.entity-toggle').click();
      await frame.locator('.entity-entry').first().waitFor();
      await save(page, 'reader-entities');
    },
  },
  'reader-rtl': { shot: async (b) => save((await view(b, await ownPage(b, 'ar-article.html', 'akhbar.example'))).page, 'reader-rtl') },
  'reader-cjk': { shot: async (b) => save((await view(b, await ownPage(b, 'ja-article.html', 'shimbun.example'))).page, 'reader-cjk') },
  popup: {
    shot: async (b, origin) => {
      const page = await openPage(b, `${origin}/pages/seed.html`);
      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, page)}`);
      await popup.locator('.popup-toggle:not([disabled])').waitFor();
      await save(popup, 'popup');
    },
  },
  options: {
    shot: async (b) => {
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/options.html`);
      await options.locator('.host-access').waitFor();
      await options.screenshot({ path: `${DOCS}/options.png`, fullPage: true });
      console.log('wrote docs/options.png');
    },
  },
  // The view's toolbar and header (title, byline, date, reading time) with the browser in each language.
  ...Object.fromEntries(['en', 'id'].map((locale) => [`reader-header-${locale}`, {
    locale,
    shot: async (b: Browser, origin: string) => {
      const { page, frame } = await view(b, `${origin}/pages/seed.html`);
      const bottom = await frame.evaluate(() => document.querySelector('.reader-meta')!.getBoundingClientRect().bottom);
      await save(page, `reader-header-${locale}`, { height: Math.ceil(bottom + 16) });
    },
  }])),
};

const USAGE = `Usage: npm run -s screenshots -- [NAME...]   (default: every picture)
  NAME   ${Object.keys(SHOTS).join(', ')}`;
const only = argsOrExit('screenshots', USAGE, (argv) => {
  const names = readArgs(argv, {}, { positionals: true }).positionals;
  const unknown = names.find((name) => !Object.hasOwn(SHOTS, name));
  if (unknown !== undefined) throw new UsageError(`no picture named ${unknown}`);
  return names;
});
const served = await serveFixtures();
try {
  for (const [name, { locale, shot }] of Object.entries(SHOTS)) {
    if (only.length && !only.includes(name)) continue;
    // A fresh browser each: settings (theme) and open panels never leak from one picture into the next.
    const b = await launch({ locale: locale ?? 'en' });
    try {
      await shot(b, served.origin);
    } finally {
      await b.close();
    }
  }
} finally {
  served.server.close();
}
