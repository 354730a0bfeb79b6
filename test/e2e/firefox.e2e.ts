// The Firefox build (dist/firefox) in Firefox ESR: the same behaviours the Chromium suite checks
// first, through Firefox's own toolbar-click and permission code (test/e2e/firefox/harness.ts).
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { fixtures, paragraphs } from './harness';
import { useFirefox } from './firefox/harness';

const session = useFirefox();
const seed = fixtures().find((f) => f.file === 'seed.html')!;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

async function open(file: string): Promise<Page> {
  const page = await session.ff.browser.newPage();
  await page.goto(session.ff.url(file));
  return page;
}

const hasOverlay = (page: Page) => page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')) !== undefined);
const pageState = (page: Page) => page.evaluate(() => ({
  html: document.documentElement.outerHTML, scrollX: window.scrollX, scrollY: window.scrollY,
  focus: document.activeElement ? `${document.activeElement.tagName}#${document.activeElement.id}` : null,
}));

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Firefox: the toolbar button', () => {
  it('opens the view on the reference page with its title and every paragraph', async () => {
    const page = await open('seed.html');
    await session.ff.clickToolbar(page);
    const reader = await session.ff.readerContext(page);
    const { title, body } = await session.ff.evaluate<{ title: string; body: string }>(reader,
      "({ title: document.querySelector('.reader-title').textContent, body: document.querySelector('.reader-body').innerText })");
    expect(title).toBe(seed.title);
    const expected = paragraphs(seed.body);
    expect(expected).toHaveLength(10);
    for (const paragraph of expected) expect(normalize(body)).toContain(paragraph);
    await page.close();
  });

  it('a second click closes it, and the page\'s DOM and scroll are exactly as before', async () => {
    const page = await open('seed.html');
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await pageState(page);
    expect(before.scrollY).toBeGreaterThan(0);
    await session.ff.clickToolbar(page);
    await session.ff.readerContext(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await session.ff.clickToolbar(page);
    await until(() => hasOverlay(page), (open) => !open, 'the view to close');
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });

  it('the keyboard command toggles the view (through its handler: synthetic keys never reach Firefox\'s shortcuts)', async () => {
    const page = await open('seed.html');
    await page.bringToFront();
    await session.ff.inBrowser("Promise.resolve(extension.shortcuts.onCommand('toggle-reader')).then(() => true)");
    await session.ff.readerContext(page);
    await session.ff.inBrowser("Promise.resolve(extension.shortcuts.onCommand('toggle-reader')).then(() => true)");
    await until(() => hasOverlay(page), (open) => !open, 'the view to close');
    await page.close();
  });
});

describe('Firefox: settings pages', () => {
  it('a setting changed in the options page changes the open view', async () => {
    const page = await open('seed.html');
    await session.ff.clickToolbar(page);
    const reader = await session.ff.readerContext(page);
    const fontSize = () => session.ff.evaluate<string>(reader, "getComputedStyle(document.querySelector('.reader-article')).fontSize");
    const before = await fontSize();
    const options = await session.ff.extensionPage('options.html');
    await until(() => options.evaluate(() => document.querySelector('#setting-fontSize') !== null), Boolean, 'the options page');
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#setting-fontSize')!;
      input.value = '27';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await until(fontSize, (size) => size === '27px', 'the view to follow')).toBe('27px');
    expect(before).not.toBe('27px');
    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.closest('.options-actions'))!.click());
    await until(fontSize, (size) => size === before, 'the default size again');
    await Promise.all([options.close(), page.close()]);
  });

  it('the popup shows the tab\'s state and its button closes the view there', async () => {
    const page = await open('seed.html');
    const tabId = await session.ff.tabId(page);
    await session.ff.clickToolbar(page);
    await session.ff.readerContext(page);
    const popup = await session.ff.extensionPage(`popup.html?tab=${tabId}`);
    await until(() => popup.evaluate(() => document.querySelector('.popup-toggle')?.getAttribute('aria-pressed')), (v) => v === 'true', 'the popup to know the view is open');
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.popup-toggle')!.click());
    await until(() => hasOverlay(page), (open) => !open, 'the popup to close the view');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('Firefox: automatic mode, once access to all sites is granted', () => {
  it('opens on a news article by itself and not on a non-article', async () => {
    await session.ff.grantAllSites();
    const article = await open('seed.html');
    const reader = await session.ff.readerContext(article);
    expect(await session.ff.evaluate<string>(reader, "document.querySelector('.reader-title').textContent")).toBe(seed.title);
    const other = await open(fixtures().find((f) => !f.article)!.file);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await hasOverlay(other)).toBe(false);
    await Promise.all([article.close(), other.close()]);
  });
});
