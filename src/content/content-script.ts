// The content script. With the "all sites" access granted (automatic mode) the background registers
// it on every http(s) page, at document_idle; without it, it is injected on demand when the user
// asks for the reader. Either way it stays tiny: the page classifier, the messages, and watching
// for single-page-app navigations. Extraction and the overlay load by dynamic import only when
// the view opens.
import { detectPage } from '../core/detect';
import type { TabStatus } from '../shared/messages';
import { contextAlive, listenInContent, openFailed, sendFromContent } from '../shared/content-messaging';
import { watchNavigation, whenSettled } from './page-watch';

type Session = { close(): void };

// No "already injected" flag: the background injects only when no live copy answers its ping
// (a copy orphaned by an extension update must not stop the new one from listening). It is an
// ES module, so these bindings stay private to this copy.
let session: Session | null = null;
let auto = false;
let opening: Promise<TabStatus> | null = null;
let stopSettle: () => void = () => undefined;
// The text shown before a single-page-app navigation: the next automatic open must not show it
// again under the new address while the app is still rendering (mozilla/readability#656).
let previousText: string | null = null;
let shownText: string | null = null;
// Set by the first in-app navigation: from then on the head may describe an earlier article.
let navigated = false;
// Counts in-app navigations: a view whose opening began before one is not shown.
let generation = 0;

// An open begun by on-demand.ts when it injected this script: the open the background sends next
// is that same click, so it takes this result instead of starting another.
let injectedOpen: Promise<TabStatus> | null = null;

const closed: TabStatus = { state: 'idle' };
const loadReader = () => import('./open-reader');

// One lifetime for all this copy hangs on the page: its message listener, and its navigation watch
// with its observer and poll. It ends once the copy is orphaned (the extension was updated or
// reloaded under it), found by that poll or by a message that fails with "Extension context
// invalidated" (`alive` is every failed send's catch). The open view and a wait for the page to
// settle end with it, here: they come and go while the copy lives.
const life = new AbortController();
const alive = (): boolean => contextAlive() || (life.abort(), stopSettle(), close(false), false);

/**
 * Ends the open view. `byUser` (toolbar, Escape, the view's close button): an automatically opened
 * one stays closed on this page. `tell`: the close began here, so the background hears of it.
 */
const close = (byUser = true, tell?: boolean): TabStatus => {
  if (session && auto && byUser) sendFromContent('content/dismissed', { url: location.href }).catch(alive);
  if (session && tell) sendFromContent('content/closed', null).catch(alive);
  session?.close();
  // `auto` stays as it was: it only counts while a session is open, and the next open sets it.
  session = null;
  injectedOpen = null;
  return closed;
};

const open = async (isAuto: boolean): Promise<TabStatus> => {
  if (session) return { state: 'open' };
  stopSettle();
  const started = generation;
  return opening ??= loadReader()
    .then(({ openReader }) => {
      if (started !== generation) return closed;
      // A click also says what the classifier calls the page: the view tells the user when it is not
      // an article, or when there is nothing to show (open-reader.ts).
      const result = openReader(document, location.href, (quiet) => close(!quiet, !quiet), {
        headMayBeStale: navigated,
        asked: !isAuto && detectPage(document, location.href).kind,
        handOver: (answer) => sendFromContent('content/article', answer).catch(alive),
      });
      const text = result.text ?? null;
      if (result.session && isAuto && previousText !== null && text === previousText) {
        result.session.close();
        return closed;
      }
      if (result.session) {
        session = result.session;
        auto = isAuto;
        shownText = text;
        previousText = null;
      }
      return result.status;
    })
    .catch(openFailed)
    .finally(() => { opening = null; });
};

/** Opens the view now: this script was injected because the user asked for it (on-demand.ts). */
export function openOnInjection(): void {
  injectedOpen = open(false);
}

function report(): void {
  sendFromContent('content/detected', { url: location.href, ...detectPage(document, location.href) }).catch(alive);
}

listenInContent({
  'content/ping': () => ({ open: session !== null }),
  'content/open': ({ auto: isAuto }) => {
    const result = injectedOpen ?? open(isAuto);
    injectedOpen = null;
    return result;
  },
  // Null: no view to close (the background's record outlived it), and the click opens one instead.
  'content/close': () => session && close(),
}, life.signal);

report();
// Once more when a page that was still growing at document_idle has settled.
stopSettle = whenSettled(document, { quietMs: 800, maxMs: 10_000 }, report);

watchNavigation(window, () => {
  // A new article under a new address: the open view goes at once (it never shows the previous
  // article), then the page is classified again once the app has rendered it.
  stopSettle();
  navigated = true;
  generation += 1;
  previousText = session ? shownText : null;
  close(false, true);
  stopSettle = whenSettled(document, { quietMs: 300, maxMs: 2000, always: true }, report);
}, life.signal, alive);
