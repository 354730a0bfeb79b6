import type { ExtractOutcome } from '../core/article';

/** What the toolbar, popup and badge say about one tab. */
export type TabState = 'idle' | 'open' | 'no-article' | 'restricted' | 'error';
export interface TabStatus {
  state: TabState;
  message: string;
}

/** Who sent a message, decided from the sender alone (never from the message body). */
export type SenderRole = 'background' | 'reader' | 'settings-page' | 'content' | 'foreign';

/**
 * The protocol, declared once: message name → request, response, and the one role allowed to send
 * it. Both sides type their calls and handlers from this map.
 */
export interface Protocol {
  // background → content script in a tab
  'content/ping': { request: null; response: { open: boolean }; from: 'background' };
  'content/toggle': { request: null; response: TabStatus; from: 'background' };
  'content/close': { request: null; response: TabStatus; from: 'background' };
  'content/get-article': { request: null; response: ExtractOutcome; from: 'background' };
  // content script → background: the page closed the view by itself (Escape pressed in the page)
  'content/closed': { request: null; response: null; from: 'content' };
  // reader page (iframe in a tab) → background
  'reader/get-article': { request: null; response: ExtractOutcome; from: 'reader' };
  'reader/close': { request: null; response: TabStatus; from: 'reader' };
  // popup and options pages → background
  'tab/get-status': { request: { tabId: number }; response: TabStatus; from: 'settings-page' };
  'tab/toggle': { request: { tabId: number }; response: TabStatus; from: 'settings-page' };
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
  'content/toggle': 'background',
  'content/close': 'background',
  'content/get-article': 'background',
  'content/closed': 'content',
  'reader/get-article': 'reader',
  'reader/close': 'reader',
  'tab/get-status': 'settings-page',
  'tab/toggle': 'settings-page',
};

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as Envelope).type === 'string' &&
    Object.hasOwn(ALLOWED_SENDER, (value as Envelope).type)
  );
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export const READER_PAGE = 'reader.html';
const SETTINGS_PAGES = ['popup.html', 'options.html'];

/** Classifies a runtime.MessageSender; `extensionOrigin` ends with "/". */
export function senderRole(sender: SenderInfo, ownId: string, extensionOrigin: string): SenderRole {
  if (sender.id !== ownId) return 'foreign';
  const url = sender.url ?? '';
  if (!url.startsWith(extensionOrigin)) return sender.tab ? 'content' : 'foreign';
  const page = new URL(url).pathname.replace(/^\//, '');
  if (page === READER_PAGE) return sender.tab ? 'reader' : 'foreign';
  if (SETTINGS_PAGES.includes(page)) return 'settings-page';
  return sender.tab ? 'foreign' : 'background';
}
