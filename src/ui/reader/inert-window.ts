// The window whose parser the sanitizer uses for the article's HTML. Chromium checks an on* attribute
// against the Content Security Policy as soon as it is parsed, in any document tied to this page:
// DOMParser's, createHTMLDocument's and a <template>'s alike (nothing ran, but every handler of a page
// logged a CSP error in the view's console). A document made by a window that has been detached
// from any page has no script context at all, so its handlers are never even looked at: the window of
// a blank frame, taken out again at once. Where such a window cannot parse (another browser, a
// future change), the view's own window does, as before; both are equally safe, since the sanitizer
// removes the handlers either way.

// An on* attribute as it could appear in markup (a false positive only costs the detached window).
const HANDLER = /[\s"'/]on[a-z]+\s*=/i;

// What DOMPurify takes from a window (its factory reads them once): a detached window's own
// properties are gone, so they are taken while its frame is still in the page.
const TAKEN = ['document', 'DocumentFragment', 'HTMLTemplateElement', 'Node', 'Element', 'NodeFilter', 'NamedNodeMap', 'HTMLFormElement', 'DOMParser'] as const;

let detached: Window | null | undefined;

function detachedWindow(doc: Document): Window | null {
  try {
    const frame = doc.createElement('iframe');
    frame.hidden = true;
    doc.body.append(frame);
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const taken = win ? Object.fromEntries(TAKEN.map((name) => [name, win[name]])) as Pick<Window & typeof globalThis, (typeof TAKEN)[number]> : null;
    frame.remove();
    // Still able to parse once detached (else the view's own window does it).
    const parsed = taken && new taken.DOMParser().parseFromString('<p>x</p>', 'text/html');
    return parsed?.body?.firstChild ? (taken as unknown as Window) : null;
  } catch {
    return null;
  }
}

/** The window to parse `html` with: a detached one when it holds event handlers, else `win` itself. */
export function parsingWindowFor(html: string, win: Window): Window {
  if (!HANDLER.test(html)) return win;
  if (detached === undefined) detached = detachedWindow(win.document);
  return detached ?? win;
}
