// What the view's overlay adds to the page's own styles while it is open, as adopted sheets: they leave
// the page's serialized DOM as it was, and go again when the view closes.

// What <html> holds while the view is open: no scrolling, and none of what a page's CSS on its root
// would do to the view inside it (`html { display: none }` hid it, a filter inverted it, a transform or
// `contain` made the root its frame and moved or clipped it). The page is under the view meanwhile,
// and has its own rules back when the view closes. No inherited property (visibility): one on the root
// restyles every element of the page, and the host's `all: initial` already makes the view visible.
const LOCK = [
  'overflow: hidden', 'display: block', 'opacity: 1', 'filter: none', 'transform: none',
  'translate: none', 'scale: none', 'rotate: none', 'clip-path: none', 'mask: none', 'contain: none', 'content-visibility: visible',
].map((rule) => `${rule} !important;`).join(' ');
// Ids that no element need have: they outweigh the page's own `:root:root` or `html.class` rules.
const ROOT = 'html:is(:root, #sift#sift#sift)';

/** Adds `rules` to `doc` as an adopted sheet; returns their removal, or null where none can be adopted. */
export function addSheet(doc: Document, rules: string): (() => void) | null {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => { doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet); };
  } catch {
    // A content script's own arrays may not be assignable to the page's (Firefox's wrappers).
    return null;
  }
}

/**
 * The page under the view does not scroll. An adopted sheet where one can be: a style attribute on
 * <html> gave a page's own `[style] { display: none !important; transform: scale(0) !important }` its
 * root element, and the view went with it (Chromium, isolation e2e). Else <html>'s style attribute,
 * restored from its value (not through el.style: Chromium leaves style="" behind).
 */
export function lockScroll(doc: Document): () => void {
  const removeSheet = addSheet(doc, `${ROOT} { ${LOCK} }`);
  if (removeSheet) return removeSheet;
  const root = doc.documentElement;
  const saved = root.getAttribute('style');
  root.setAttribute('style', `${saved ? `${saved.trim().replace(/;?$/, ';')} ` : ''}${LOCK}`);
  return () => (saved === null ? root.removeAttribute('style') : root.setAttribute('style', saved));
}
