// Markup held as text (a <noscript>'s content, an entity-laden JSON-LD value) parsed inertly, by
// DOMParser: scripting is off in the documents it makes, and nothing in them loads or runs. Not a
// <template>'s innerHTML, which addons.mozilla.org's linter flags in every build. Core takes no
// globals: the parser comes from a document's own window (the page's, or jsdom's in the CLI); a
// clone has none, so extraction takes the original document's before cloning it.
export type ParseHtml = (html: string) => Document;

type WithParser = { DOMParser?: new () => { parseFromString(html: string, type: 'text/html'): Document } };

// Chromium checks each on* attribute against the page's CSP as it parses it, even in DOMParser's inert
// documents: a handler in a <noscript> image or a JSON-LD string logged a CSP error in the page's console
// (blocked; nothing ran). Renamed in every tag first, they are data-* attributes the sanitizer drops.
const TAG = /<[a-z][^>]*>/gi;
const HANDLER = /([\s"'/])on([a-z]+\s*=)/gi;

/** `html` with the on* attributes of its tags renamed data-sift-on*; text outside tags as it was. */
export function defuseHandlers(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(HANDLER, '$1data-sift-on$2'));
}

/** The inert HTML parser of `doc`'s window, or null for a document without one (a clone). */
export function htmlParserOf(doc: Document): ParseHtml | null {
  const Parser = (doc.defaultView as WithParser | null)?.DOMParser;
  return Parser ? (html) => new Parser().parseFromString(defuseHandlers(html), 'text/html') : null;
}

/**
 * The nodes of a parsed document, moved into a fragment of `doc`. Strip what must not load first: an
 * image starts loading as soon as it is in a document that has a window.
 */
export function fragmentOf(doc: Document, { head, body }: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  // A fragment's leading <meta>/<link> (say) lands in the parsed head: keep document order.
  fragment.append(...Array.from(head.childNodes), ...Array.from(body.childNodes));
  return fragment;
}

/** `html`'s nodes, parsed inertly and moved into a fragment of `doc`; null without a parser. */
export function inertFragment(doc: Document, html: string, parse: ParseHtml | null): DocumentFragment | null {
  return parse ? fragmentOf(doc, parse(html)) : null;
}
