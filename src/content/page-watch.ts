// Watching the page for the always-injected script: URL changes of single-page apps, and a page
// that is still growing after document_idle. Both stay cheap: no work while nothing happens.

const POLL_MS = 250;
// Text enough to be a paragraph of a story: a clock, a counter or a ticker's line changes less at a time.
const STORY_TEXT = 140;
const storySized = (node: Node) => (node.textContent?.length ?? 0) >= STORY_TEXT;

/** A fragment that routes (#/story/2, #!/story) is a navigation; one that jumps to an anchor is not. */
export function isNavigation(from: string, to: string): boolean {
  if (from === to) return false;
  const [fromBase = ''] = from.split('#');
  const [toBase = '', toHash = ''] = to.split('#');
  return fromBase !== toBase || /^[/!]/.test(toHash);
}

/**
 * Calls `onNavigate` when the address has changed (pushState, replaceState, back and forward, hash
 * routes) and the page has changed with it. pushState and replaceState fire no event a content
 * script can hear (they run in the page's world): a change to the page looks at location.href at
 * once, and a quarter-second poll (a string compare) catches the rest.
 * An address alone is not a navigation: a page that stamps it every 100 ms, or keeps a position in
 * it, while its article stays, closed the view a moment after every opening. A change to the page's
 * content (not to <html>'s own children, where the view's overlay goes) must come with it, before
 * or after (routers render the next story a moment after pushState), and one of story size: a page
 * that also ran a clock closed the view with its first tick. A router that re-renders in place still
 * changes whole paragraphs. The watch lasts until `life` is aborted.
 */
export function watchNavigation(win: Window & typeof globalThis, onNavigate: (from: string, to: string) => void, life: AbortSignal, alive: () => boolean): void {
  let href = win.location.href;
  let changed = false;
  const root = win.document.documentElement;
  const check = () => {
    const next = win.location.href;
    if (next === href || (isNavigation(href, next) && !changed)) return;
    const from = href;
    href = next;
    if (isNavigation(from, next)) {
      changed = false;
      onNavigate(from, next);
    }
  };
  const observer = new win.MutationObserver((records) => {
    changed ||= records.some((r) => r.target !== root && (r.type === 'characterData' ? storySized(r.target) : [...r.addedNodes, ...r.removedNodes].some(storySized)));
    check();
  });
  observer.observe(win.document, { childList: true, subtree: true, characterData: true });
  // The poll also asks whether this script is still the extension's: once it is orphaned (the
  // extension was updated or reloaded), `alive` ends `life`, and with it this watch.
  const timer = win.setInterval(() => alive() && check(), POLL_MS);
  life.addEventListener('abort', () => {
    observer.disconnect();
    win.clearInterval(timer);
  });
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
