import DOMPurify, { type Config } from 'dompurify';

// The trust boundary: page HTML becomes our UI only through here. Besides scripts and handlers,
// forms and inputs go too (a reading view has nothing to submit), and so does anything that
// could restyle or navigate our page.
const CONFIG: Config = {
  FORBID_TAGS: [
    'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'label',
    'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'dialog', 'template',
  ],
  FORBID_ATTR: ['style', 'action', 'formaction', 'form', 'autofocus', 'ping', 'srcdoc', 'id', 'name'],
  ALLOW_DATA_ATTR: false,
  // http(s) and mailto links; data: only reaches images through DOMPurify's own data-URI rules.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        // Links leave the reading view for a new tab, never replacing it or reaching back.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Returns safe HTML for the reading view. `win` is the window whose DOM parses it (jsdom in tests). */
export function sanitizeArticleHtml(html: string, win: Window): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) throw new Error('DOMPurify is not supported in this environment');
  return purifier.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
