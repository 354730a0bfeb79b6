// What reading a page may cost in the page's own thread, and the documents the view cannot open over
// (issue 18). Loaded with the extraction code, never by the always-injected content script.
import type { ExtractOptions } from '../core/extract';
import type { Note } from '../shared/messages';

// Extraction stops past this and the view says the page is too large to simplify: the tab is never
// frozen for more than about this long (what follows, sending the article to the view, is short).
const TIME_BUDGET_MS = 1500;

/** The extraction's time budget, on the page's clock, starting now. */
export function readingBudget(): Pick<ExtractOptions, 'now' | 'deadline'> {
  const now = () => performance.now();
  return { now, deadline: now() + TIME_BUDGET_MS };
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * Why the view cannot open over `doc`, or null when it can. The view is an HTML element with a shadow
 * root: an SVG or XML document (a feed, a sitemap) cannot hold one (attachShadow throws a DOMException),
 * and a frameset shows other pages only, none of its own text.
 */
export function unreadableDocument(doc: Document): Note | null {
  // Chromium shows an XML document without a stylesheet as a tree of HTML elements, but the document
  // itself still makes elements outside HTML's namespace, which cannot hold a shadow root.
  if (doc.documentElement?.namespaceURI !== XHTML || doc.createElement('i').namespaceURI !== XHTML) return { key: 'note_notHtml' };
  if (doc.body?.localName === 'frameset') return { key: 'note_frames' };
  return null;
}
