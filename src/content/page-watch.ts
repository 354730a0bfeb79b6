// Watching the page for the always-injected script: URL changes of single-page apps, and a page
// that is still growing after document_idle. Both stay cheap: no work while nothing happens.

const POLL_MS = 250;

/** A fragment that routes (#/story/2, #!/story) is a navigation; one that jumps to an anchor is not. */
export function isNavigation(from: string, to: string): boolean {
  if (from === to) return false;
  const [fromBase = ''] = from.split('#');
  const [toBase = '', toHash = ''] = to.split('#');
  return fromBase !== toBase || /^[/!]/.test(toHash);
}

type NavigationLike = EventTarget & { currentEntry?: unknown };

/**
 * Calls `onNavigate` after pushState, replaceState, popstate and hash changes. pushState and
 * replaceState fire no event a content script can hear (they run in the page's world), so the
 * Navigation API's currententrychange is used where it exists, and a quarter-second look at
 * location.href everywhere (a string compare; background tabs throttle it further).
 */
export function watchNavigation(win: Window, onNavigate: (from: string, to: string) => void): () => void {
  let href = win.location.href;
  const check = () => {
    const next = win.location.href;
    if (next === href) return;
    const from = href;
    href = next;
    if (isNavigation(from, next)) onNavigate(from, next);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  navigation?.addEventListener('currententrychange', check);
  const timer = win.setInterval(check, POLL_MS);
  return () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    navigation?.removeEventListener('currententrychange', check);
    win.clearInterval(timer);
  };
}

export interface SettleOptions {
  /** Quiet time after the last change that counts as settled. */
  quietMs: number;
  /** Give up waiting after this long and call back anyway if anything changed. */
  maxMs: number;
  /** Call back even when nothing changed (after an SPA navigation the page must be looked at again). */
  always?: boolean;
}

/**
 * Calls `onSettled` once the document has stopped changing: `quietMs` without a mutation, or at
 * `maxMs` at the latest. Without `always`, a page that never changed gives no call.
 */
export function whenSettled(doc: Document, { quietMs, maxMs, always = false }: SettleOptions, onSettled: () => void): () => void {
  const win = doc.defaultView!;
  let changed = false;
  let quiet = 0;
  const done = () => {
    stop();
    if (changed || always) onSettled();
  };
  const observer = new win.MutationObserver(() => {
    changed = true;
    win.clearTimeout(quiet);
    quiet = win.setTimeout(done, quietMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const limit = win.setTimeout(done, maxMs);
  if (always) quiet = win.setTimeout(done, quietMs);
  function stop() {
    observer.disconnect();
    win.clearTimeout(quiet);
    win.clearTimeout(limit);
  }
  return stop;
}
