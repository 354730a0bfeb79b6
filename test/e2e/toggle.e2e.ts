import { describe, expect, it } from 'vitest';
import {
  badgeOf, clickToolbar, fixtures, openPage, pageState, paragraphs, readerFrame, tabIdOf,
  waitForNoReader, useBrowser,
} from './harness';

const session = useBrowser();
const seed = fixtures().find((f) => f.file === 'seed.html')!;


const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

async function prepare(file: string) {
  const page = await openPage(session.b, `${session.served.origin}/pages/${file}`);
  // Scroll and focus somewhere, so that restoring them means something.
  await page.evaluate(() => {
    window.scrollTo(0, 900);
    // The first control that really takes focus (some are hidden in collapsed menus).
    [...document.querySelectorAll<HTMLElement>('textarea, input[type=text], a[href]')].find((el) => {
      el.focus({ preventScroll: true });
      return document.activeElement === el;
    });
  });
  return page;
}

describe('toolbar button', () => {
  it('opens the reading view with the title and every body paragraph of the reference page', async () => {
    const page = await prepare('seed.html');
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await expect(frame.locator('.reader-title').innerText()).resolves.toBe(seed.title);
    const body = normalize(await frame.locator('.reader-body').innerText());
    const expected = paragraphs(seed.body);
    expect(expected).toHaveLength(10);
    for (const paragraph of expected) expect(body).toContain(paragraph);
    await expect(frame.locator('.reader-body p').first().isVisible()).resolves.toBe(true);
    expect(await badgeOf(session.b, await tabIdOf(session.b, page))).toBe('ON');
    // reader.html is web-accessible only at a per-session address (use_dynamic_url): a site that
    // loads it at the fixed chrome-extension://<id>/ address to learn the extension is installed is
    // refused, and the page's own DOM never holds the id (the frame lives in a closed shadow root).
    const id = session.b.extensionId;
    expect(id).not.toBe('');
    expect(frame.url()).toMatch(/^chrome-extension:\/\/[^/]+\/reader\.html/);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(id);
    const probe = await page.evaluate((fixed) => fetch(fixed).then(() => 'loaded', () => 'refused'), `chrome-extension://${id}/reader.html`);
    expect(probe).toBe('refused');
    // The page underneath does not scroll, and page scripts cannot reach into the view.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    expect(await page.evaluate(() => ([...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')))?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });

  it('a second click closes it and leaves DOM, scroll position and focus exactly as before', async () => {
    const page = await prepare('seed.html');
    const before = await pageState(page);
    expect(before.scrollY).toBeGreaterThan(0);
    expect(before.focus).not.toMatch(/^BODY/);
    await clickToolbar(session.b, page);
    await readerFrame(page);
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    expect(await badgeOf(session.b, await tabIdOf(session.b, page))).toBe('');
    await page.close();
  });

  it('Escape and the close button close it, restoring the page', async () => {
    const page = await prepare('en-meridian-water-buyback.html');
    const before = await pageState(page);
    await clickToolbar(session.b, page);
    await readerFrame(page);
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);

    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await frame.locator('.reader-toolbar .reader-close').click();
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    expect(await badgeOf(session.b, await tabIdOf(session.b, page))).toBe('');
    await page.close();
  });

  it('the keyboard command toggles the same way, and Alt+Shift+R is its suggested key', async () => {
    const manifest = await session.b.worker.evaluate(() => chrome.runtime.getManifest());
    const key = manifest.commands?.['toggle-reader']?.suggested_key;
    expect(typeof key === 'object' ? key.default : key).toBe('Alt+Shift+R');
    const page = await prepare('seed.html');
    const before = await pageState(page);
    const tabId = await tabIdOf(session.b, page);
    // Headless Chromium has no window to press keys in, so dispatch the commands event the key fires.
    // A dispatched event carries no user gesture (the real key grants activeTab), so one real click
    // first gives the tab the access a key press would.
    await clickToolbar(session.b, page);
    await readerFrame(page);
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    const command = (id: number) => session.b.worker.evaluate(async (tab) => {
      const event = chrome.commands.onCommand as unknown as { dispatch(name: string, tab: chrome.tabs.Tab): void };
      event.dispatch('toggle-reader', await chrome.tabs.get(tab));
    }, id);
    await command(tabId);
    await readerFrame(page);
    await command(tabId);
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });
  it('a page script that removes the view ends it: the page scrolls again, the badge goes off, a click opens it again', async () => {
    const page = await prepare('seed.html');
    const before = await pageState(page);
    await clickToolbar(session.b, page);
    await readerFrame(page);
    const tabId = await tabIdOf(session.b, page);
    expect(await badgeOf(session.b, tabId)).toBe('ON');
    await page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-'))?.remove());
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflow !== 'hidden');
    await expect.poll(() => badgeOf(session.b, tabId)).toBe('');
    expect(await pageState(page)).toEqual(before);
    await clickToolbar(session.b, page);
    await expect((await readerFrame(page)).locator('.reader-title').innerText()).resolves.toBe(seed.title);
    await page.close();
  });
});
