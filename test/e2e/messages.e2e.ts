import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf, clickToolbar, installLate, launch, openPage, readerFrame, serveFixtures, tabIdOf, type Browser, type Served,
} from './harness';

let b: Browser;
let served: Served;
const rejections: string[] = [];

beforeAll(async () => {
  served = await serveFixtures();
  b = await launch();
  b.context.on('weberror', (e) => rejections.push(String(e.error())));
});
afterAll(async () => {
  await b?.close();
  served?.server.close();
});

async function popupText(tabId: number): Promise<string> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.popup-status').waitFor();
  const text = await popup.locator('.popup-status').innerText();
  await popup.close();
  return text;
}

describe('pages without a reading view say so', () => {
  it('a non-article page gets a badge and a popup message, and no overlay', async () => {
    const page = await openPage(b, `${served.origin}/pages/nonarticle-ms-login.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(b, page);
    await clickToolbar(b, page);
    await expect.poll(() => badgeOf(b, tabId)).toBe('!');
    expect(await popupText(tabId)).toMatch(/No article was found/);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('a restricted browser page gets its own badge and message', async () => {
    const page = await b.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await tabIdOf(b, page);
    await clickToolbar(b, page);
    await expect.poll(() => badgeOf(b, tabId)).toBe('×');
    expect(await popupText(tabId)).toMatch(/cannot run|does not let extensions/);
    await page.close();
  });

  it('no unhandled promise rejection reached any page', () => {
    expect(rejections).toEqual([]);
  });
});

describe('tabs open before the extension was installed', () => {
  it('open the view on the first click', async () => {
    const late = await launch({ late: true });
    try {
      const page = await openPage(late, `${served.origin}/pages/de-lahntal-starkregen.html`);
      await installLate(late);
      expect(late.extensionId).toMatch(/^[a-p]{32}$/);
      await clickToolbar(late, page);
      const frame = await readerFrame(page);
      expect(await frame.locator('.reader-title').innerText()).toMatch(/\S/);
    } finally {
      await late.close();
    }
  });
});
