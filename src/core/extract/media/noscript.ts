// <noscript> fallbacks: Readability 0.6 unwraps them only when the noscript directly follows the placeholder.
// Here a noscript image either fills in the lazy img it stands for (adjacent, or in the same figure/picture)
// or, with no such img, takes the noscript's place as a normal image. A noscript without an image is left
// for Readability to drop as it always does.
import { htmlParserOf, inertFragment, type ParseHtml } from '../../inert-html';
import { isLazy, isRealUrl, LAZY_SRC, removeAttrs } from './lazy-images';
import { absoluteUrl } from './urls';
import { elementsByTag } from '../../elements';

/** The nodes a <noscript> holds, parsed inertly (inert-html.ts). */
function noscriptContent(noscript: Element, parse: ParseHtml | null): DocumentFragment | null {
  const doc = noscript.ownerDocument;
  const fragment = doc.createDocumentFragment();
  // Parsed with scripting off (jsdom, some clones) the content is already elements; with scripting on it is text.
  if (noscript.childElementCount > 0) {
    for (const child of Array.from(noscript.childNodes)) fragment.appendChild(child.cloneNode(true));
    return fragment;
  }
  const text = noscript.textContent ?? '';
  if (!text.includes('<')) return null;
  return inertFragment(doc, text, parse);
}

function isTinyOrHidden(img: Element): boolean {
  const small = (attr: string) => {
    const v = img.getAttribute(attr);
    return v !== null && v.trim() !== '' && Number.parseFloat(v) <= 2;
  };
  const style = (img.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return small('width') || small('height') || style.includes('display:none') || style.includes('visibility:hidden');
}

/** The element itself when it is an img, the img of a <picture>, or the only img of a wrapper without text. */
function singleImage(el: Element | null): Element | null {
  let node = el;
  while (node) {
    if (node.tagName === 'IMG') return node;
    if (node.tagName === 'PICTURE') return node.querySelector('img');
    if (node.tagName === 'NOSCRIPT' || node.childElementCount !== 1 || (node.textContent ?? '').trim() !== '') return null;
    node = node.firstElementChild;
  }
  return null;
}

/** The img the noscript is the fallback for: an adjacent (single-)image, or the first img of its figure/picture. */
function fallbackTarget(noscript: Element): Element | null {
  const adjacent = singleImage(noscript.previousElementSibling) ?? singleImage(noscript.nextElementSibling);
  if (adjacent) return adjacent;
  const group = noscript.parentElement?.closest('picture, figure');
  if (!group) return null;
  return Array.from(group.querySelectorAll('img')).find((img) => !img.closest('noscript')) ?? null;
}

/** `parse`: the page's inert HTML parser (a clone has none of its own); without one, noscripts are left to Readability. */
export function unwrapNoscriptImages(doc: Document, base: string, parse: ParseHtml | null = htmlParserOf(doc)): void {
  const promoted = new Set<Element>();
  for (const noscript of doc.body ? elementsByTag(doc.body, 'noscript') : []) {
    if (!noscript.isConnected) continue;
    const content = noscriptContent(noscript, parse);
    const fallback = content
      ? Array.from(content.querySelectorAll('img')).find((img) => (img.getAttribute('src') || img.getAttribute('srcset')) && !isTinyOrHidden(img))
      : undefined;
    if (!content || !fallback) continue; // no image: Readability drops the noscript as it always does
    const target = fallbackTarget(noscript);
    if (target && !promoted.has(target)) {
      if (isLazy(target)) adoptFallback(target, fallback, base);
      noscript.remove();
      continue;
    }
    // No lazy sibling: the noscript image becomes a normal image (in its <picture>, if it came with one).
    const picture = fallback.closest('picture');
    noscript.replaceWith(picture ?? fallback);
    promoted.add(fallback);
  }
}

/** Copies the fallback's real URLs (and any missing alt/size) onto the lazy img, which keeps its place. */
function adoptFallback(target: Element, fallback: Element, base: string): void {
  const src = absoluteUrl(fallback.getAttribute('src') ?? '', base);
  const srcset = fallback.getAttribute('srcset');
  if (isRealUrl(src)) target.setAttribute('src', src);
  if (srcset) target.setAttribute('srcset', srcset);
  for (const attr of ['sizes', 'alt', 'width', 'height']) {
    const value = fallback.getAttribute(attr);
    if (value !== null && !target.getAttribute(attr)) target.setAttribute(attr, value);
  }
  if (isRealUrl(src)) removeAttrs(target, LAZY_SRC);
}
