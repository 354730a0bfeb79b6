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

export interface PageAccess {
  fileSchemeAllowed: boolean;
}

/** A user-facing reason why this page cannot have the reader, or null when it can. */
export function restrictionFor(url: string | undefined, access: PageAccess): string | null {
  if (!url) return 'Sift Reader cannot run on this page.';
  const lower = url.toLowerCase();
  if (lower.startsWith('view-source:')) return 'Sift Reader cannot run on a source view.';
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) return 'The browser does not let extensions run on its own pages.';
  if (STORE_PAGES.some((re) => re.test(lower))) return 'The browser does not let extensions run on the extension store.';
  if (lower.startsWith('file:') && !access.fileSchemeAllowed) {
    return 'Allow Sift Reader access to file URLs (in the extension’s details page) to read local files.';
  }
  // The built-in PDF viewer is an extension page of its own.
  if (/^[a-z]+:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url)) return 'Sift Reader cannot read PDF documents.';
  return null;
}
