import { describe, expect, it } from 'vitest';
import {
  badgeOf, clickToolbar, installLate, launch, openPage, readerFrame, tabIdOf, useBrowser,
} from './harness';

const rejections: string[] = [];
const session = useBrowser(({ b }) => b.context.on('weberror', (e) => rejections.push(String(e.error()))));

async function popupText(tabId: number): Promise<string> {
  const popup = await session.b.context.newPage();
  await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.popup-status').waitFor();
  const text = await popup.locator('.popup-status').innerText();
  await popup.close();
  return text;
}

describe('pages without a reading view say so', () => {
  it('a non-article page gets a badge and a popup message, and no overlay', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/nonarticle-ms-login.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    await expect.poll(() => badgeOf(session.b, tabId)).toBe('!');
    expect(await popupText(tabId)).toMatch(/No article was found/);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('a restricted browser page gets its own badge and message', async () => {
    const page = await session.b.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    await expect.poll(() => badgeOf(session.b, tabId)).toBe('×');
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
      const page = await openPage(late, `${session.served.origin}/pages/de-lahntal-starkregen.html`);
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
