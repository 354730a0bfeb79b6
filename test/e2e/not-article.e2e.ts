// Honest pages, in real Chromium: a click on a page that is not an article shows a notice and a
// "Show anyway" button instead of a junk article; a page with nothing to read gets the view saying
// so; "Not an article" asks nothing and offers Undo for 10 seconds before its site rule is saved.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseNotArticle, clickToolbar, fixtures, openPage, pageState, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const url = (file: string) => `${session.served.origin}/pages/${file}`;
const siteRules = async () => (await session.b.worker.evaluate(() => chrome.storage.sync.get('siteRules'))).siteRules as unknown;
const hasOverlay = (page: Page) => page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')) !== undefined);
const focusedClass = (frame: Frame) => frame.evaluate(() => document.activeElement?.className ?? '');

describe('a click on a page that is not an article', () => {
  it('shows a notice or the reason on every non-article fixture, never an article until "Show anyway"', async () => {
    let notices = 0;
    for (const fixture of fixtures().filter((f) => !f.article)) {
      const page = await openPage(session.b, url(fixture.file));
      await clickToolbar(session.b, page);
      const frame = await readerFrame(page, '.reader-notice, .reader-message');
      expect(await frame.locator('.reader-title').count(), fixture.file).toBe(0);
      if ((await frame.locator('.reader-notice').count()) > 0) {
        notices += 1;
        await expect(frame.locator('.reader-notice h1').innerText()).resolves.toBe("This page doesn't look like an article");
        await frame.getByRole('button', { name: 'Show anyway' }).click();
        await expect(frame.locator('.reader-title').innerText(), fixture.file).resolves.toMatch(/\S/);
        expect(await frame.locator('.reader-notice').count()).toBe(0);
      }
      await page.close();
    }
    // Most of these pages have some text to show (a shop's product cards, a home page's teasers).
    expect(notices).toBeGreaterThan(0);
  });

  it('the notice has the keyboard as it opens: Enter shows the text', async () => {
    const page = await openPage(session.b, url('nonarticle-en-shop.html'));
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-notice');
    await expect.poll(() => focusedClass(frame)).toBe('reader-show-anyway');
    await page.keyboard.press('Enter');
    await expect(frame.locator('.reader-title').innerText()).resolves.toMatch(/\S/);
    await page.close();
  });

  it('a page with nothing to read: the view says so, and Escape closes it, leaving the page as it was', async () => {
    const page = await openPage(session.b, url('nonarticle-ms-login.html'));
    const before = await pageState(page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-message');
    await expect(frame.locator('.reader-message').innerText()).resolves.toMatch(/No article was found/);
    await frame.locator('.reader-message').waitFor();
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });
});

describe('"Not an article" asks nothing and offers Undo', () => {
  it('Undo within the time saves no rule, and the view stays open', async () => {
    const page = await openPage(session.b, url('seed.html'));
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await chooseNotArticle(frame);
    const toast = frame.locator('.reader-toast[role="status"]');
    await expect.poll(() => toast.innerText()).toMatch(/won't open by itself on 127\.0\.0\.1/);
    // No question asked: the toast's Undo has the focus, so Enter undoes.
    await expect.poll(() => focusedClass(frame)).toBe('reader-toast-action');
    await page.keyboard.press('Enter');
    await expect.poll(() => toast.innerText()).toBe('');
    // Past the 10 seconds the rule would have waited: nothing saved, the article still there.
    await page.waitForTimeout(11_000);
    expect(await siteRules()).toBeUndefined();
    expect(await hasOverlay(page)).toBe(true);
    await expect(frame.locator('.reader-title').innerText()).resolves.toMatch(/\S/);
    await page.close();
  });

  it('closing the view while Undo is offered saves the rule at once', async () => {
    const page = await openPage(session.b, url('seed.html'));
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await chooseNotArticle(frame);
    await frame.locator('.reader-toast-action').waitFor();
    const closedAt = Date.now();
    await frame.getByRole('button', { name: 'Close reading view' }).click();
    await waitForNoReader(page);
    await expect.poll(siteRules, { timeout: 3000 }).toEqual({ '127.0.0.1': 'never' });
    expect(Date.now() - closedAt).toBeLessThan(5000);
    await session.b.worker.evaluate(() => chrome.storage.sync.remove('siteRules'));
    await page.close();
  });
});
