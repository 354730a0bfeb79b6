import browser from '../shared/browser';
import { i18n } from '../shared/i18n';

// The toolbar icon's context menu.
export const MENU_QUICK_SETTINGS = 'sift-quick-settings';
export const MENU_OPTIONS = 'sift-options';

export function createMenus(): void {
  const { t } = i18n();
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_QUICK_SETTINGS, title: t('menu_quickSettings'), contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_OPTIONS, title: t('menu_options'), contexts: ['action'] });
  }).catch((error: unknown) => console.warn('Sift Reader: menus not created', error));
}

/**
 * Opens the popup where the browser allows it. The action has no default popup (or onClicked would
 * never fire), so one is set just for this opening and cleared again.
 */
export async function openQuickSettings(tabId: number | undefined): Promise<void> {
  const popup = tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`;
  try {
    await browser.action.setPopup({ popup, ...(tabId === undefined ? {} : { tabId }) });
    await browser.action.openPopup();
  } catch {
    await browser.runtime.openOptionsPage();
  } finally {
    await browser.action.setPopup({ popup: '', ...(tabId === undefined ? {} : { tabId }) }).catch(() => undefined);
  }
}
