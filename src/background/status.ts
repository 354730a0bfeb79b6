import browser from '../shared/browser';
import { i18n, type MessageKey } from '../shared/i18n';
import { titleFor } from './action-title';
import type { PageInfo, TabStatus } from '../shared/messages';
import { iconCache } from './icon-images';

// Per-tab state shown on the toolbar (badge, icon and title) and in the popup: the reader's status
// and what the page classifier said of the page. Kept in storage.session too, because the service
// worker (and its memory) may be gone before the popup asks.
const IDLE: TabStatus = { state: 'idle' };
const UNKNOWN: PageInfo = { site: null, kind: null };
const statusKey = (tabId: number) => `tab-status:${tabId}`;
const pageKey = (tabId: number) => `tab-page:${tabId}`;

// The badge's one word (while open) is the interface's; the other states are symbols.
const BADGE: Record<TabStatus['state'], { text: string | MessageKey; color: string; word?: true }> = {
  idle: { text: '', color: '#000000' },
  open: { text: 'badge_open', color: '#2f6f4f', word: true },
  'no-article': { text: '!', color: '#a15c00' },
  restricted: { text: '×', color: '#8a1c1c' },
  error: { text: '!', color: '#8a1c1c' },
};

// Like Firefox's reader icon in the address bar: full colour on an article, dimmed on a page the
// classifier found no article on, and full colour when it has not looked (no "all sites" access).
const ICON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' };
const DIM_ICON = { 16: 'icons/icon-dim-16.png', 32: 'icons/icon-dim-32.png' };
const iconOf = iconCache((path) => browser.runtime.getURL(path));

const session = () => browser.storage.session as typeof browser.storage.local | undefined;

async function read<T>(key: string, fallback: T): Promise<T> {
  const stored = await session()?.get(key).catch(() => undefined);
  return (stored?.[key] as T | undefined) ?? fallback;
}

export const statusOf = (tabId: number): Promise<TabStatus> => read(statusKey(tabId), IDLE);
export const pageOf = (tabId: number): Promise<PageInfo> => read(pageKey(tabId), UNKNOWN);

async function paint(tabId: number, status: TabStatus, page: PageInfo): Promise<void> {
  const badge = BADGE[status.state];
  const dim = status.state === 'idle' && page.kind === 'none';
  // The tab may be gone by now; a badge on a closed tab is nothing to report. The badge does not
  // wait for the icon's pixels (decoded once, the first time).
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.word ? i18n().t(badge.text as MessageKey) : badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: titleFor(status, page, i18n()) }),
    iconOf(dim ? DIM_ICON : ICON).then((icon) => browser.action.setIcon({ tabId, ...icon } as Parameters<typeof browser.action.setIcon>[0])),
  ]).catch(() => undefined);
}

/** Decodes the icons ahead of the first toolbar change (the worker has just started, with time to spare). */
export function warmIcons(): void {
  void iconOf(ICON);
  void iconOf(DIM_ICON);
}

export async function setStatus(tabId: number, status: TabStatus): Promise<void> {
  const store = session();
  await (status.state === 'idle' ? store?.remove(statusKey(tabId)) : store?.set({ [statusKey(tabId)]: status }))?.catch(() => undefined);
  await paint(tabId, status, await pageOf(tabId));
}

export async function setPage(tabId: number, page: PageInfo): Promise<void> {
  await session()?.set({ [pageKey(tabId)]: page }).catch(() => undefined);
  await paint(tabId, await statusOf(tabId), page);
}

/** Drops what is kept of a tab (the tab closed). */
export async function forgetTab(tabId: number): Promise<void> {
  await session()?.remove([statusKey(tabId), pageKey(tabId)]).catch(() => undefined);
}

/** A new document in the tab: what was known of the old page goes with it. */
export async function resetTab(tabId: number): Promise<void> {
  await forgetTab(tabId);
  await paint(tabId, IDLE, UNKNOWN);
}
