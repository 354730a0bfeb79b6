// The "all sites" access automatic mode needs: optional, asked for when the user turns automatic
// mode on (or from the options page), never at install. Without it Sift Reader runs only on the
// tab the user clicks, through activeTab.
import browser from './browser';

export const ALL_SITES = ['http://*/*', 'https://*/*'];

export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
}

/** Must be called straight from a user gesture (a click, a change), before any await. */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
}

export function removeHostAccess(): Promise<boolean> {
  return browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
}

/** Calls back with the new state whenever the access is granted or taken away (from any page). */
export function onHostAccessChange(cb: (granted: boolean) => void): void {
  const changed = () => { void hasHostAccess().then(cb); };
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
}
