// A page can shadow the DOM's own properties with its markup ("DOM clobbering"): a form's controls are
// properties of the form by name and id, and <img>, <form>, <embed>, <object> and <iframe> names are
// properties of the document. `<form><input name="parentNode"></form>` makes form.parentNode that input,
// and Readability's walk up the tree never ends (the tab freezes); `<img name="documentElement">` does the
// same to the document. Extraction works on a clone: cloned through the prototype (the page's own
// `cloneNode` may be an <img>), then every name and id that equals a DOM property is renamed in it.

type Method = (...args: unknown[]) => unknown;

/** The DOM's own property of `target` (getter or method), looked up on its prototypes: a named property never shadows that. */
export function protoDescriptor(target: object, name: string): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  throw new Error(`no DOM property ${name}`);
}

function protoMethod(target: object, name: string): Method {
  const { value } = protoDescriptor(target, name);
  if (typeof value !== 'function') throw new Error(`no DOM method ${name}`);
  return value as Method;
}

const call = <T>(target: object, name: string, ...args: unknown[]): T => protoMethod(target, name).apply(target, args) as T;

/** A deep copy of `doc` whatever its markup shadows. */
export function cloneDocument(doc: Document): Document {
  return call<Document>(doc, 'cloneNode', true);
}

// A suffix no DOM interface has a property ending in.
const RENAMED = '-sift-named';

/**
 * The elements whose name or id can become a property at all (HTML's named properties): of the document,
 * <embed>, <form>, <iframe>, <img> and <object>; of a form, its listed controls and images (the form
 * may be elsewhere: a `form` attribute ties a control to it). Any other element's name or id shadows
 * nothing, such as the <meta name="title"> of many pages, which made a needless copy of the page.
 */
const CAN_SHADOW = new Set(['embed', 'form', 'iframe', 'img', 'object', 'button', 'fieldset', 'input', 'output', 'select', 'textarea']);

/** Each name or id attribute in `doc` that a document or form property already has. */
function shadowingAttributes(doc: Document): Array<[Element, string, string]> {
  const form = call<HTMLFormElement>(doc, 'createElement', 'form');
  const found: Array<[Element, string, string]> = [];
  // Every element, copied from the native list by index (core/elements says why), and a test of its tag:
  // under jsdom, half the time of an attribute selector.
  const all = Array.prototype.slice.call(call<HTMLCollection>(doc, 'getElementsByTagName', '*')) as Element[];
  // Element's own getter, read off the element made here: a page form's localName may be one of its controls.
  const localName = protoDescriptor(form, 'localName').get!;
  for (const el of all) {
    if (!CAN_SHADOW.has(localName.call(el) as string)) continue;
    for (const attr of ['name', 'id']) {
      const value = call<string | null>(el, 'getAttribute', attr);
      if (value && (value in doc || value in form)) found.push([el, attr, value]);
    }
  }
  return found;
}

/** Renames, in `doc`, every name and id that a document, form or element property already has; how many. */
export function defuseNamedProperties(doc: Document): number {
  const found = shadowingAttributes(doc);
  for (const [el, attr, value] of found) call(el, 'setAttribute', attr, `${value}${RENAMED}`);
  return found.length;
}

/**
 * The page to read from: `doc` itself when its markup shadows nothing (the common case, no copy made),
 * else a defused copy of it. The page is never changed; the result's properties are the DOM's own.
 */
export function readablePage(doc: Document): Document {
  if (shadowingAttributes(doc).length === 0) return doc;
  const copy = cloneDocument(doc);
  defuseNamedProperties(copy);
  return copy;
}
