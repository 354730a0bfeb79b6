import type { Article } from '../core/article';
import type { Note } from './i18n/keys';
import type { PageKind } from './site-rules';

export type { Note } from './i18n/keys';

/**
 * What the toolbar, popup and badge say about one tab. The note travels as a message name, and
 * each page that shows it puts it in the interface's language.
 */
export type TabState = 'idle' | 'open' | 'no-article' | 'restricted' | 'error';
export interface TabStatus {
  state: TabState;
  note?: Note;
  /** The view is shown all the same, saying why there is no article (the user asked for it). */
  view?: true;
}

/** Whether a tab's view is on screen: with the article, or saying why there is none. */
export const viewShown = (status: TabStatus): boolean => status.state === 'open' || status.view === true;

/**
 * The open view's article, or why there is none. `pageKind` is set when the user asked for the view
 * on a page the classifier calls 'none': the view says so and shows the article only if asked again.
 */
export type ArticleAnswer =
  | { ok: true; article: Article; pageKind?: 'none' }
  | { ok: false; state: 'no-article' | 'error'; note: Note };

/**
 * The background's answer to an opening's article: whether a print of the page from the browser's
 * menu may show the article's images (the view's "show images" setting; off, no request is made).
 */
export interface ArticleReceipt {
  printImages: boolean;
}

/** What the always-injected content script found a page to be (core/detect's verdict, sent as is). */
export interface PageReport {
  url: string;
  kind: PageKind;
  score: number;
  reasons: string[];
}

/** What the popup shows of a tab's page: its site (null: not a web page) and its kind, when known. */
export interface PageInfo {
  site: string | null;
  kind: PageKind | null;
}


/**
 * The protocol, declared once: message name → request, response, and the one role allowed to send
 * it. Both sides type their calls and handlers from this map.
 */
export interface Protocol {
  // background → content script in a tab
  'content/ping': { request: null; response: { open: boolean }; from: 'background' };
  // open the view (the toolbar, the popup; automatic mode with `auto`, which marks the view so that
  // closing it is remembered); the answer comes once the view is shown or the opening has failed
  'content/open': { request: { auto: boolean }; response: TabStatus; from: 'background' };
  // close the view; null: there was no view to close
  'content/close': { request: null; response: TabStatus | null; from: 'background' };
  // content script → background: the opening's article (or why there is none), handed over once, as
  // soon as it is extracted, for the reader page to take (background/reader-session.ts)
  'content/article': { request: ArticleAnswer; response: ArticleReceipt; from: 'content' };
  // content script → background: the page closed the view by itself (Escape pressed in the page)
  'content/closed': { request: null; response: null; from: 'content' };
  // content script → background: the page's classification (at idle, when it settles, after an SPA navigation)
  'content/detected': { request: PageReport; response: null; from: 'content' };
  // content script → background: an automatically opened view was closed; keep it closed on this page
  'content/dismissed': { request: { url: string }; response: null; from: 'content' };
  // reader page (iframe in a tab) → background
  'reader/get-article': { request: null; response: ArticleAnswer; from: 'reader' };
  'reader/close': { request: null; response: TabStatus; from: 'reader' };
  // the view's "Not an article" action: a never rule for the site, saved once its undo time has run
  // out (or the view closes first), and the view closes; `site` null: no site, the view just closes
  'reader/not-article': { request: null; response: { site: string | null }; from: 'reader' };
  // the toast's Undo: the pending never rule is dropped and the view stays
  'reader/undo-not-article': { request: null; response: null; from: 'reader' };
  // popup and options pages → background
  'tab/get-status': { request: { tabId: number }; response: TabStatus; from: 'settings-page' };
  'tab/toggle': { request: { tabId: number }; response: TabStatus; from: 'settings-page' };
  'tab/get-page': { request: { tabId: number }; response: PageInfo; from: 'settings-page' };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

export const ALLOWED_SENDER: { [K in MessageName]: Protocol[K]['from'] } = {
  'content/ping': 'background',
  'content/open': 'background',
  'content/close': 'background',
  'content/article': 'content',
  'content/closed': 'content',
  'content/detected': 'content',
  'content/dismissed': 'content',
  'reader/get-article': 'reader',
  'reader/close': 'reader',
  'reader/not-article': 'reader',
  'reader/undo-not-article': 'reader',
  'tab/get-status': 'settings-page',
  'tab/toggle': 'settings-page',
  'tab/get-page': 'settings-page',
};

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as Envelope).type === 'string' &&
    Object.hasOwn(ALLOWED_SENDER, (value as Envelope).type)
  );
}

export { READER_PAGE, senderRole, type SenderInfo, type SenderRole } from './sender-role';
