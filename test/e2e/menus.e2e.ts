import { describe, expect, it } from 'vitest';
import { openPage, tabIdOf , useBrowser } from './harness';

const session = useBrowser();


/** Dispatches a click on one of our toolbar-menu items, as the browser does when the user picks it. */
async function pickMenu(menuItemId: string, tabId: number) {
  await session.b.worker.evaluate(async ({ id, tab }) => {
    const event = chrome.contextMenus.onClicked as unknown as { dispatch(info: object, tab: chrome.tabs.Tab): void };
    event.dispatch({ menuItemId: id, editable: false, pageUrl: '' }, await chrome.tabs.get(tab));
  }, { id: menuItemId, tab: tabId });
}

describe('toolbar button context menu', () => {
  it('offers Quick settings and Options on the action only', async () => {
    // chrome.contextMenus has no getter; check what the background registered by recreating nothing and
    // updating each id (update rejects for an id that does not exist).
    // The worker creates them when it is installed, which may still be under way when the first test starts.
    const results = () => session.b.worker.evaluate(async () => Promise.all(['sift-quick-settings', 'sift-options'].map(
      (id) => chrome.contextMenus.update(id, { contexts: ['action'] }).then(() => 'ok', (e: Error) => e.message),
    )));
    await expect.poll(results, { timeout: 5_000 }).toEqual(['ok', 'ok']);
  });

  it('Options opens the options page', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const opened = session.b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') });
    await pickMenu('sift-options', await tabIdOf(session.b, page));
    const options = await opened;
    await expect(options.locator('h1').innerText()).resolves.toMatch(/options/i);
    await options.close();
    await page.close();
  });

  it('Quick settings opens the popup where the browser allows it, otherwise the options page', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    await pickMenu('sift-quick-settings', tabId);
    // An action popup is a target of its own that Playwright does not list as a page: ask CDP.
    const cdp = await session.b.context.browser()!.newBrowserCDPSession();
    const shownUrls = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: { url: string }[] };
      return targetInfos.map((t) => t.url).filter((url) => url.startsWith(`chrome-extension://${session.b.extensionId}/`) && /\/(popup|options)\.html/.test(url));
    };
    await expect.poll(shownUrls).toEqual([expect.stringMatching(new RegExp(`/popup\\.html\\?tab=${tabId}$|/options\\.html$`))]);
    await cdp.detach();
    // The temporary popup is cleared again, or toolbar clicks would stop reaching the background.
    await expect.poll(() => session.b.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});
