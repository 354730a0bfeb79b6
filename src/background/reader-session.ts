// The reader session of each tab, owned here: idle → opening → open → closing → idle. The stored
// status (status.ts) is the one record of whether a tab's view is open: the toolbar, the popup and
// automatic mode read it, and every way a view ends reaches it (the toolbar, the view's own close
// button, Escape in the page, the page taking the view away, a navigation). The operations of one
// tab run one at a time, so two quick clicks never inject the content script twice.
//
// The article travels once: the content script hands the extracted article (or why there is none)
// to the session as soon as it has it, while reader.html is still loading in the extension's own
// process, and the reader page takes it from the session (never by asking the page again).
import { viewShown, type ArticleAnswer, type TabStatus } from '../shared/messages';

export type Phase = 'idle' | 'opening' | 'open' | 'closing';

interface Session {
  phase: Phase;
  /** The article the content script handed over for this opening; settled once. */
  article: Promise<ArticleAnswer>;
  handOver: (answer: ArticleAnswer) => void;
}

const NOT_OPEN: ArticleAnswer = { ok: false, state: 'error', note: { key: 'note_notOpen' } };

// An opening whose article never comes (the page's script was torn down while extracting) tells the
// view so, rather than leaving it loading for ever.
const HAND_OVER_TIMEOUT_MS = 20_000;

const sessions = new Map<number, Session>();
const queues = new Map<number, Promise<unknown>>();

function newSession(phase: Phase): Session {
  let handOver: (answer: ArticleAnswer) => void = () => undefined;
  const article = new Promise<ArticleAnswer>((resolve) => {
    handOver = resolve;
    setTimeout(() => resolve(NOT_OPEN), HAND_OVER_TIMEOUT_MS);
  });
  return { phase, article, handOver };
}

/** Runs `operation` once the tab's earlier operations have ended (whatever their outcome). */
export function serialized<T>(tabId: number, operation: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(operation);
  queues.set(tabId, next);
  void next.finally(() => { if (queues.get(tabId) === next) queues.delete(tabId); }).catch(() => undefined);
  return next;
}

export const phaseOf = (tabId: number): Phase => sessions.get(tabId)?.phase ?? 'idle';

/**
 * A view is on screen or on its way: the stored status says so, or a session is under way. The status
 * of an opening is written when it ends; an event that read it before that write (a pushState's
 * "loading", automatic mode) must not take the tab for idle: a reset then turned an open view's badge
 * off, and a second opening dropped the article the view was still to take (one opening in about
 * twelve on a page calling pushState every 100 ms).
 */
export const viewUnderWay = (tabId: number, status: TabStatus): boolean => viewShown(status) || phaseOf(tabId) !== 'idle';

/** An opening starts: the article of any earlier one is dropped. */
export function beginOpening(tabId: number): void {
  sessions.set(tabId, newSession('opening'));
}

/** The opening ended: the view is shown, or there is none (no article, an error, the page refused it). */
export function endOpening(tabId: number, shown: boolean): void {
  const session = sessions.get(tabId);
  if (!shown) sessions.delete(tabId);
  else if (session) session.phase = 'open';
  // A session the worker forgot (it was stopped and started again) is open all the same; its
  // article is no longer here to hand over.
  else sessions.set(tabId, { ...newSession('open'), article: Promise.resolve(NOT_OPEN) });
}

export function beginClosing(tabId: number): void {
  const session = sessions.get(tabId);
  if (session) session.phase = 'closing';
}

/** The view is gone, however it went. */
export function endSession(tabId: number): void {
  sessions.delete(tabId);
}

/** The content script's extracted article for the tab's current opening. */
export function handOverArticle(tabId: number, answer: ArticleAnswer): void {
  sessions.get(tabId)?.handOver(answer);
}

/** What the tab's view shows: the article handed over, once it is (an opening in progress is waited for). */
export function articleFor(tabId: number): Promise<ArticleAnswer> {
  return sessions.get(tabId)?.article ?? Promise.resolve(NOT_OPEN);
}
