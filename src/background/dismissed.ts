import browser from '../shared/browser';
import { pageKey } from '../shared/site-rules';

// Pages where the user closed an automatically opened view: it stays closed there, across reloads
// and restarts (ZachSaucier/Just-Read#449). Local, not synced, and capped: the newest are kept.
const KEY = 'dismissedPages';
const MAX = 500;

async function load(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}));
  const list = (stored as Record<string, unknown>)[KEY];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

export async function isDismissed(url: string): Promise<boolean> {
  return (await load()).includes(pageKey(url));
}

export async function dismiss(url: string): Promise<void> {
  const key = pageKey(url);
  const list = (await load()).filter((x) => x !== key);
  list.push(key);
  await browser.storage.local.set({ [KEY]: list.slice(-MAX) });
}
