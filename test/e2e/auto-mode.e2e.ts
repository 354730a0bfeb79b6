// Automatic mode in real Chromium, with the "all sites" access granted as after the user allowed
// it: the registered content script classifies every page, and the view opens by itself on news
// articles only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  FIXTURES, badgeOf, chooseNotArticle, clickToolbar, fixtures, openPage, readerFrame, tabIdOf, useBrowser, waitForNoReader, type Browser,
} from './harness';

const session = useBrowser(undefined, { grantHosts: true });
const seed = fixtures().find((f) => f.file === 'seed.html')!;
const second = fixtures().find((f) => f.file === 'en-meridian-water-buyback.html')!;

const url = (file: string) => `${session.served.origin}/pages/${file}`;
const hasOverlay = (page: Page) => page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')) !== undefined);

/** The toolbar title once the page has been classified (it names the page's kind). */
async function classified(b: Browser, page: Page): Promise<string> {
  const tabId = await tabIdOf(b, page);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const title = await b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    if (/article/.test(title)) return title;
    await page.waitForTimeout(50);
  }
  throw new Error('the page was never classified');
}

async function setStorage(b: Browser, area: 'sync' | 'local', items: Record<string, unknown>) {
  await b.worker.evaluate(([a, i]) => chrome.storage[a as 'sync'].set(i as Record<string, unknown>), [area, items] as const);
}

describe('automatic mode (news articles, the default)', () => {
  it('opens the view on the reference page without a click', async () => {
    const page = await openPage(session.b, url('seed.html'));
    const frame = await readerFrame(page);
    await expect(frame.locator('.reader-title').innerText()).resolves.toBe(seed.title);
    expect(await badgeOf(session.b, await tabIdOf(session.b, page))).toBe('ON');
    await page.close();
  });

  it('opens on no non-article fixture, and the toolbar says each is no article', async () => {
    for (const fixture of fixtures().filter((f) => !f.article)) {
      const page = await openPage(session.b, url(fixture.file));
      expect(await classified(session.b, page), fixture.file).toMatch(/does not look like an article/);
      await page.waitForTimeout(300);
      expect(await hasOverlay(page), fixture.file).toBe(false);
      await page.close();
    }
  });

  it('the toolbar title names a news article while the view is closed', async () => {
    await setStorage(session.b, 'sync', { autoMode: 'off' });
    const page = await openPage(session.b, url(second.file));
    expect(await classified(session.b, page)).toMatch(/is a news article/);
    expect(await hasOverlay(page)).toBe(false);
    await setStorage(session.b, 'sync', { autoMode: 'news' });
    await page.close();
  });

  it('closing an automatically opened view keeps it closed on that page across reloads', async () => {
    const page = await openPage(session.b, url(second.file));
    await readerFrame(page);
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    await page.reload();
    expect(await classified(session.b, page)).toMatch(/news article/);
    await page.waitForTimeout(500);
    expect(await hasOverlay(page)).toBe(false);
    // Another article still opens by itself.
    const other = await openPage(session.b, url('en-pacificawire-chile-copper.html'));
    await readerFrame(other);
    await other.close();
    await page.close();
  });

  it('a "never" rule for the site holds across reloads, and "always" opens even with automatic mode off', async () => {
    await session.b.worker.evaluate(() => chrome.storage.sync.set({ siteRules: { '127.0.0.1': 'never' } }));
    const page = await openPage(session.b, url('seed.html'));
    for (let i = 0; i < 2; i += 1) {
      expect(await classified(session.b, page)).toMatch(/news article/);
      await page.waitForTimeout(500);
      expect(await hasOverlay(page)).toBe(false);
      await page.reload();
    }
    await page.close();
    await setStorage(session.b, 'sync', { autoMode: 'off', siteRules: { '127.0.0.1': 'always' } });
    const always = await openPage(session.b, url('id-kabarnusa-rob-demak.html'));
    await readerFrame(always);
    await always.close();
    await session.b.worker.evaluate(() => chrome.storage.sync.remove(['autoMode', 'siteRules']));
  });
});

describe('the view\'s "Not an article" action', () => {
  it('offers Undo for 10 seconds, then adds a never rule for the site and closes the view', async () => {
    const page = await openPage(session.b, url('id-jurnaljateng-kopi-temanggung.html'));
    const frame = await readerFrame(page);
    await chooseNotArticle(frame);
    // The toast's live region is there first; its words come once the background has answered.
    await expect.poll(() => frame.locator('.reader-toast').innerText()).toMatch(/127\.0\.0\.1/);
    const shown = Date.now();
    // Nothing is saved while the Undo is offered, and the view stays.
    await page.waitForTimeout(1000);
    expect((await session.b.worker.evaluate(() => chrome.storage.sync.get('siteRules'))).siteRules).toBeUndefined();
    expect(await hasOverlay(page)).toBe(true);
    await page.waitForFunction(() => ![...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')), null, { timeout: 20_000 });
    expect(Date.now() - shown).toBeGreaterThan(8000);
    const stored = await session.b.worker.evaluate(() => chrome.storage.sync.get('siteRules'));
    expect(stored.siteRules).toEqual({ '127.0.0.1': 'never' });
    await page.reload();
    expect(await classified(session.b, page)).toMatch(/news article/);
    await page.waitForTimeout(500);
    expect(await hasOverlay(page)).toBe(false);
    await session.b.worker.evaluate(() => chrome.storage.sync.remove('siteRules'));
    await page.close();
  });
});

describe('single-page apps', () => {
  const bodyOf = (file: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(join(FIXTURES, file), 'utf8'))![1]!;
  const headOf = (file: string) => /<head[^>]*>([\s\S]*)<\/head>/i.exec(readFileSync(join(FIXTURES, file), 'utf8'))![1]!;

  // An app that shows the reference article, then on navigate() changes the address first and
  // renders the next story a moment later, as routers do.
  const app = () => `<!doctype html><html lang="id"><head>${headOf('seed.html')}</head><body>${bodyOf('seed.html')}
<script>window.navigateTo = (path) => { history.pushState({}, '', path);
  setTimeout(() => { document.documentElement.lang = 'en'; document.body.innerHTML = ${JSON.stringify(bodyOf(second.file)).replace(/<\//g, "<\\/")}; }, 150); };</script></body></html>`;

  it('a pushState navigation closes the open view at once, never shows the previous article, and opens the new one', async () => {
    const page = await session.b.context.newPage();
    await page.route('**/spa/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: app() }));
    await page.route((u) => /^https?:$/.test(u.protocol) && u.hostname !== '127.0.0.1', (route) => route.fulfill({ status: 204, body: '' }));
    await page.goto(`${session.served.origin}/spa/2022/08/16/putin-kim-bertukar-surat-sepakat-perkuat-hubungan`);
    const first = await readerFrame(page);
    await expect(first.locator('.reader-title').innerText()).resolves.toBe(seed.title);

    // Titles the view shows once it has closed for the navigation.
    const after: string[] = [];
    const started = Date.now();
    await page.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/spa/2024/03/12/brennan-falls-water-utility-buyback-vote'));
    let closedAfter = -1;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      if (closedAfter < 0 && !(await hasOverlay(page))) closedAfter = Date.now() - started;
      const frame = page.frames().find((f) => f.url().includes('/reader.html'));
      const title = frame ? await frame.locator('.reader-title').innerText({ timeout: 200 }).catch(() => '') : '';
      if (closedAfter >= 0 && title) after.push(title);
      if (title === second.title) break;
      await page.waitForTimeout(20);
    }
    console.log(`single-page app: the view closed ${closedAfter} ms after pushState`);
    expect(closedAfter).toBeGreaterThanOrEqual(0);
    expect(after.at(-1)).toBe(second.title);
    expect(after).not.toContain(seed.title);
    await page.close();
  });
});
