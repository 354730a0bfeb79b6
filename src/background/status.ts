import browser from '../shared/browser';
import type { TabStatus } from '../shared/messages';

// Per-tab status shown on the toolbar (badge and title) and in the popup. Kept in storage.session
// too, because the service worker (and its memory) may be gone before the popup asks.
const IDLE: TabStatus = { state: 'idle', message: '' };
const DEFAULT_TITLE = 'Sift Reader: open the reading view';
const key = (tabId: number) => `tab-status:${tabId}`;

const BADGE: Record<TabStatus['state'], { text: string; color: string }> = {
  idle: { text: '', color: '#000000' },
  open: { text: 'ON', color: '#2f6f4f' },
  'no-article': { text: '!', color: '#a15c00' },
  restricted: { text: '×', color: '#8a1c1c' },
  error: { text: '!', color: '#8a1c1c' },
};

const session = () => browser.storage.session as typeof browser.storage.local | undefined;

export async function statusOf(tabId: number): Promise<TabStatus> {
  const stored = await session()?.get(key(tabId)).catch(() => undefined);
  return (stored?.[key(tabId)] as TabStatus | undefined) ?? IDLE;
}

export async function setStatus(tabId: number, status: TabStatus): Promise<void> {
  const store = session();
  const badge = BADGE[status.state];
  const title = status.state === 'open' ? 'Sift Reader: close the reading view' : status.message ? `Sift Reader: ${status.message}` : DEFAULT_TITLE;
  // The tab may be gone by now; a badge on a closed tab is nothing to report.
  await Promise.all([
    status.state === 'idle' ? store?.remove(key(tabId)) : store?.set({ [key(tabId)]: status }),
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}

export function forgetTab(tabId: number): void {
  session()?.remove(key(tabId)).catch(() => undefined);
}
