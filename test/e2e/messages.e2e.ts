import { describe, expect, it } from 'vitest';
import {
  badgeOf, clickToolbar, installLate, launch, openPage, pageState, readerFrame, tabIdOf, useBrowser, waitForNoReader,
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
  it('a page with nothing to read opens the view saying so, with a badge and a popup message; closing restores the page', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/nonarticle-ms-login.html`);
    const before = await pageState(page);
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await expect(frame.locator('.reader-message').innerText()).resolves.toMatch(/No article was found/);
    expect(await frame.locator('.reader-title, .reader-notice').count()).toBe(0);
    await expect.poll(() => badgeOf(session.b, tabId)).toBe('!');
    expect(await popupText(tabId)).toMatch(/No article was found/);
    await frame.getByRole('button', { name: 'Close reading view' }).click();
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
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
