// Pages the browser does not let extensions script. Knowing them up front gives the user a clear
// message instead of a failed injection.

const RESTRICTED_SCHEMES = [
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'about:', 'view-source:', 'chrome-extension:', 'moz-extension:', 'resource:', 'jar:', 'data:', 'blob:',
];

// The stores refuse content scripts (Chrome: chromewebstore.google.com and the old webstore path;
// Firefox: addons.mozilla.org; Edge: microsoftedge.microsoft.com/addons).
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

import type { Note } from '../shared/messages';

export interface PageAccess {
  fileSchemeAllowed: boolean;
}

/** Why this page cannot have the reader (a user-facing note), or null when it can. */
export function restrictionFor(url: string | undefined, access: PageAccess): Note | null {
  if (!url) return { key: 'note_cannotRun' };
  const lower = url.toLowerCase();
  if (lower.startsWith('view-source:')) return { key: 'note_sourceView' };
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) return { key: 'note_browserPage' };
  if (STORE_PAGES.some((re) => re.test(lower))) return { key: 'note_storePage' };
  if (lower.startsWith('file:') && !access.fileSchemeAllowed) return { key: 'note_fileAccess' };
  // The built-in PDF viewer is an extension page of its own.
  if (/^[a-z]+:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url)) return { key: 'note_pdf' };
  return null;
}
