import DOMPurify, { type Config } from 'dompurify';

// The trust boundary: page HTML becomes our UI only through here. Besides scripts and handlers,
// forms and inputs go too (a reading view has nothing to submit), and so does anything that
// could restyle or navigate our page.
const CONFIG: Config = {
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'label',
    'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'dialog', 'template',
  ],
  FORBID_ATTR: ['style', 'action', 'formaction', 'form', 'autofocus', 'ping', 'srcdoc'],
  // ids and names survive with a "user-content-" prefix, so they cannot clobber our page's globals
  // and footnote links still work (the hook below rewrites "#x" to match).
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
  // One data attribute: the empty markers extraction leaves where it took a block out (core/declutter/
  // markers.ts), so the view can put the block back in place. It carries a number, not a URL: "URI-safe"
  // only tells DOMPurify not to test its value against ALLOWED_URI_REGEXP.
  ADD_ATTR: ['data-sift-removed'],
  ADD_URI_SAFE_ATTR: ['data-sift-removed'],
  // http(s) and mailto links; data: only reaches images through DOMPurify's own data-URI rules.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

// DOMPurify's prefix for ids and names under SANITIZE_NAMED_PROPS.
const NAMED_PREFIX = 'user-content-';

// DOMPurify lets any data: URI through on its media tags (audio, video, source, track); a reading view
// shows pictures from data: and nothing else (a data:text/html "video" or a sound the page hid).
const MEDIA_URL_ATTRS = ['src', 'poster', 'srcset', 'href', 'xlink:href'];

function dropNonImageData(node: Element): void {
  for (const name of MEDIA_URL_ATTRS) {
    // A srcset is a list: any candidate (start of the value or after a comma) that is data: but not an image.
    if (/(?:^|,)\s*data:(?!\s*image\/)/i.test(node.getAttribute(name) ?? '')) node.removeAttribute(name);
  }
}

// Set for the length of one sanitize call (hooks are per purifier, calls are synchronous).
let lazyImages = false;

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    // An HTML <title> in a body is never shown, and one the sanitizer leaves at the start of its output would
    // move to <head> when parsed again (sanitizing would not be idempotent): it goes, with its text.
    // SVG's <title> (another namespace) stays: it names a picture.
    purifier.addHook('uponSanitizeElement', (node) => {
      if (node.nodeType === 1 && (node as Element).localName === 'title' && (node as Element).namespaceURI === 'http://www.w3.org/1999/xhtml') {
        node.parentNode?.removeChild(node);
      }
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      dropNonImageData(node);
      // A picture the view hides (images off) is not fetched while it stays hidden: a lazy image
      // without a box never loads, an eager one does, display: none or not.
      if (lazyImages && node.localName === 'img') node.setAttribute('loading', 'lazy');
      // HTML <a>/<area> and SVG <a> (lower-case nodeName, maybe xlink:href) alike.
      if (node.localName !== 'a' && node.localName !== 'area') return;
      const attr = node.hasAttribute('href') ? 'href' : node.hasAttribute('xlink:href') ? 'xlink:href' : null;
      if (!attr) return;
      const href = node.getAttribute(attr) ?? '';
      if (href.startsWith('#')) {
        if (href.length > 1) node.setAttribute(attr, `#${NAMED_PREFIX}${href.slice(1).replace(new RegExp(`^${NAMED_PREFIX}`), '')}`);
        node.removeAttribute('target');
        return;
      }
      // Links leave the reading view for a new tab, never replacing it or reaching back.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

export interface SanitizeOptions {
  /** Images load only once shown (loading="lazy"): for a view that starts with images turned off. */
  lazyImages?: boolean;
}

/** Returns safe HTML for the reading view. `win` is the window whose DOM parses it (jsdom in tests). */
export function sanitizeArticleHtml(html: string, win: Window, options: SanitizeOptions = {}): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('DOMPurify is not supported in this environment');
  lazyImages = options.lazyImages === true;
  try {
    return purifier.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  } finally {
    lazyImages = false;
  }
}
