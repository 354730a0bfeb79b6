import browser from '../shared/browser';
import { listen, sendToTab } from '../shared/messaging';
import { createMenus, MENU_OPTIONS, MENU_QUICK_SETTINGS, openQuickSettings } from './menus';
import { siteOf } from '../shared/site-rules';
import { markNotArticle, onPageDetected, undoNotArticle } from './auto-open';
import { pendingNeverRules } from './pending-rule';
import { syncDetector } from './detector';
import { dismiss } from './dismissed';
import { forgetTab, pageOf, resetTab, setPage, setStatus, statusOf, warmIcons } from './status';
import { articleFor, endSession, handOverArticle, viewUnderWay } from './reader-session';
import { viewShown } from '../shared/messages';
import { closeReader, contentReady, toggleReader } from './toggle';
import { settingsStore } from '../shared/settings/sync';

// Thin shell: browser events in, toggleReader and friends out. Every listener is registered at the
// top level so the service worker wakes for it.

const report = (error: unknown) => console.warn('Sift Reader:', error);
const NO_TAB = { key: 'note_viewHasNoTab' } as const;
setTimeout(warmIcons, 0);

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  syncDetector().catch(report);
});
// At startup too: the browser may have been restarted in another language, and the menu speaks it.
browser.runtime.onStartup.addListener(() => {
  createMenus();
  syncDetector().catch(report);
});
// The "all sites" access is granted or withdrawn from the options page, the popup or the browser's own UI.
browser.permissions.onAdded.addListener(() => { syncDetector().catch(report); });
browser.permissions.onRemoved.addListener(() => { syncDetector().catch(report); });

browser.action.onClicked.addListener((tab) => {
  toggleReader(tab).catch(report);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader') return;
  const target = tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
  target.then((t) => (t ? toggleReader(t) : undefined)).catch(report);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_QUICK_SETTINGS) openQuickSettings(tab?.id).catch(report);
  if (info.menuItemId === MENU_OPTIONS) browser.runtime.openOptionsPage().catch(report);
});

// A view that goes while its "Not an article" waits for Undo (tab closed, page left, Escape pressed
// in the page, an in-app navigation) leaves the rule standing: it is saved at once.
const settleNotArticle = (tabId: number) => pendingNeverRules.settle(tabId).catch(report);

browser.tabs.onRemoved.addListener((tabId) => {
  endSession(tabId);
  void settleNotArticle(tabId);
  void forgetTab(tabId);
});
// Chromium reports an address the page's own script changed (pushState) as a load too, while the
// document and its open view stay (page-watch.ts takes no address change that leaves the page as it
// was): an open view's status waits for the load's end and goes only if the view did.
const keepIfOpen = (tabId: number) => sendToTab(tabId, 'content/ping', null)
  .then(({ open }) => open, () => false)
  .then((open) => (open ? undefined : (endSession(tabId), setStatus(tabId, { state: 'idle' }))));

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A navigation takes the reader (and any message about the old page) away.
  if (change.status === 'loading' && change.url !== undefined) {
    void settleNotArticle(tabId);
    statusOf(tabId).then((status) => (viewUnderWay(tabId, status) ? setPage(tabId, { site: null, kind: null }) : resetTab(tabId))).catch(report);
  }
  if (change.status === 'complete') statusOf(tabId).then((status) => (viewShown(status) ? keepIfOpen(tabId) : undefined)).catch(report);
});

listen({
  // Not queued behind the tab's operations: the opening under way waits for this view's article.
  'reader/get-article': (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, state: 'error', note: NO_TAB };
    return articleFor(tabId);
  },
  'content/article': async (answer, sender) => {
    if (sender.tab?.id !== undefined) handOverArticle(sender.tab.id, answer);
    const { settings } = await settingsStore.load();
    return { printImages: settings.showImages };
  },
  'reader/close': (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { state: 'error', note: NO_TAB };
    return closeReader(tabId);
  },
  'content/closed': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    endSession(tabId);
    await settleNotArticle(tabId);
    await setStatus(tabId, { state: 'idle' });
    return null;
  },
  'content/detected': async (page, sender) => {
    if (sender.tab?.id === undefined) return null;
    contentReady(sender.tab.id);
    await onPageDetected(sender.tab.id, page);
    return null;
  },
  'content/dismissed': async ({ url }) => {
    await dismiss(url);
    return null;
  },
  'reader/not-article': (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { site: null };
    return markNotArticle(tabId, sender.tab?.url);
  },
  'reader/undo-not-article': (_payload, sender) => {
    if (sender.tab?.id !== undefined) undoNotArticle(sender.tab.id);
    return null;
  },
  'tab/get-status': ({ tabId }) => statusOf(tabId),
  'tab/get-page': async ({ tabId }) => {
    const page = await pageOf(tabId);
    return page.site ? page : { site: siteOf((await browser.tabs.get(tabId).catch(() => undefined))?.url), kind: page.kind };
  },
  'tab/toggle': async ({ tabId }) => toggleReader(await browser.tabs.get(tabId)),
});
