// Captions written without <figure>: WordPress' classic [caption] shortcode prints
// <div class="wp-caption"><img><p class="wp-caption-text">…</p></div>, and many CMSs print an image
// followed by a <p class="image-caption">. Readability keeps such a caption as a body paragraph, so
// the plain text read it as prose. Made a real <figure>/<figcaption>, it stays with its picture in the
// view and stays out of the body text, as every semantic caption does.

import { elementsNamed } from '../../elements';

const MEDIA = 'img, picture, video';
/** Class or id words that name a caption (split on - _ and spaces): "wp-caption-text", "image_caption". */
const CAPTION_WORD = /(^|[-_\s])(caption|credit)([-_\s]|$)/i;
const MAX_CAPTION_WORDS = 80;
const CAPTION_TAGS = ['p[class]', 'div[class]', 'span[class]'];

/** Turns "media + caption" boxes into figures on `doc` (the clone). */
export function semanticCaptions(doc: Document): void {
  const candidates = elementsNamed(doc, CAPTION_TAGS).filter((el) => CAPTION_WORD.test(el.getAttribute('class') ?? ''));
  for (const caption of candidates) {
    if (caption.closest('figcaption, figure')) continue;
    if (caption.querySelector(MEDIA)) continue;
    const text = (caption.textContent ?? '').trim();
    if (!text || text.split(/\s+/).length > MAX_CAPTION_WORDS) continue;
    const box = caption.parentElement;
    if (!box || box.localName !== 'div' || !box.querySelector(MEDIA) || !onlyMediaAndCaption(box, caption)) continue;
    rename(box, 'figure');
    rename(caption, 'figcaption');
  }
}

/** The box holds the media, the caption and nothing else with text. */
function onlyMediaAndCaption(box: Element, caption: Element): boolean {
  for (const child of Array.from(box.childNodes)) {
    if (child === caption) continue;
    if (child.nodeType === 3 && (child.textContent ?? '').trim()) return false;
    if (child.nodeType === 1 && ((child.textContent ?? '').trim() || !(child as Element).matches(`${MEDIA}, a, span, div, noscript, br`))) return false;
  }
  return true;
}

/** The same element under another name, with its attributes and children. */
function rename(el: Element, name: string): Element {
  const replacement = el.ownerDocument.createElement(name);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}
