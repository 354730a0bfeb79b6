import { describe, expect, it } from 'vitest';
import {
  clickToolbar, openPage, readerFrame, tabIdOf, useBrowser,
} from './harness';

const session = useBrowser();


describe('settings change an open reading view live', () => {
  it('the popup switches the theme and the open view follows', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    const theme = () => frame.evaluate(() => document.documentElement.dataset.theme);
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await theme()).toBe('system');
    const lightBackground = await background();

    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    // The popup asks the background for the tab's status after it first paints.
    await expect.poll(() => popup.locator('.popup-toggle').innerText()).toMatch(/Close/);
    await popup.getByText('Dark', { exact: true }).click();
    await expect.poll(theme).toBe('dark');
    expect(await background()).not.toBe(lightBackground);

    // The popup's own button closes the view in that tab.
    await popup.locator('.popup-toggle').click();
    await page.waitForFunction(() => ![...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')));
    await popup.close();
    await page.close();
  });

  it('the options page changes the font size and the open view follows', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    const fontSize = () => frame.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontSize);
    const before = await fontSize();

    const options = await session.b.context.newPage();
    await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
    await expect(options.locator('h2').allInnerTexts()).resolves.toEqual(['Appearance', 'Reading view', 'Read aloud', 'People, organisations and places', 'Automatic reader mode']);
    await options.locator('#setting-fontSize').fill('27');
    await expect.poll(fontSize).toBe('27px');
    expect(before).not.toBe('27px');

    await options.getByText('Restore defaults').click();
    await expect.poll(fontSize).toBe(before);
    await options.close();
    await page.close();
  });

  it('the view’s own controls save settings that the options page shows', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    // The text size buttons are in the Aa panel.
    await frame.locator('.type-toggle').click();
    await frame.getByRole('button', { name: 'Larger text' }).click();
    const stored = () => session.b.worker.evaluate(() => chrome.storage.sync.get('fontSize'));
    await expect.poll(async () => (await stored()).fontSize).toBe(21);
    const options = await session.b.context.newPage();
    await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
    await expect(options.locator('#setting-fontSize')).toBeDefined();
    await expect.poll(() => options.locator('#setting-fontSize').inputValue()).toBe('21');
    await options.getByText('Restore defaults').click();
    await options.close();
    await page.close();
  });
});
