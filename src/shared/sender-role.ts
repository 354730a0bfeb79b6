// Who sent a message, decided from the sender alone (never from the message body). Its own module:
// the always-injected content script needs just this of the protocol.

/** Who sent a message. */
export type SenderRole = 'background' | 'reader' | 'settings-page' | 'content' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export const READER_PAGE = 'reader.html';
const SETTINGS_PAGES = ['popup.html', 'options.html'];

/**
 * Classifies a runtime.MessageSender; `extensionOrigin` ends with "/". A page of ours is at the
 * extension's origin, or (Chrome's use_dynamic_url, which the reader page is served under so that
 * sites cannot probe for it) at a per-session id under the same scheme: with our own sender id, an
 * extension-scheme URL is one of our pages, since content scripts never run in extension pages.
 */
export function senderRole(sender: SenderInfo, ownId: string, extensionOrigin: string): SenderRole {
  if (sender.id !== ownId) return 'foreign';
  const url = sender.url ?? '';
  // (extensionOrigin's scheme is chrome-extension: or moz-extension:, never a web page's.)
  const ours = url.split(':')[0] === extensionOrigin.split(':')[0];
  if (!ours) return sender.tab ? 'content' : 'foreign';
  const page = new URL(url).pathname.replace(/^\//, '');
  if (page === READER_PAGE) return sender.tab ? 'reader' : 'foreign';
  if (SETTINGS_PAGES.includes(page)) return 'settings-page';
  return sender.tab ? 'foreign' : 'background';
}
