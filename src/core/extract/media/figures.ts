// Figures (mozilla/readability#743): Readability 0.6 cleans away a wrapper div with a "negative" class (media,
// meta, hidden…) inside a <figure> together with the image; caption parts classed like a byline are taken as
// the byline; a div holding only figures fails the "p to img ratio" check and goes with all its captions.
import { childElements, elementsByTag } from '../../elements';

const MEDIA = 'img, picture, video, svg';

/**
 * Keeps figures whole through Readability: wrappers around the media that carry no text are unwrapped and
 * the classes inside the figure dropped (Readability drops all classes from its output anyway), so neither
 * a "negative" class on a frame div nor a byline-like class in the caption costs the image or the credit;
 * a div that holds only figures is unwrapped so the gallery is not judged by its paragraph-to-image ratio.
 */
export function keepFigures(doc: Document): void {
  for (const figure of elementsByTag(doc, 'figure')) {
    if (!figure.querySelector(MEDIA)) continue;
    for (const wrapper of Array.from(figure.querySelectorAll('div, span'))) {
      if (wrapper.closest('figcaption')) continue;
      if (wrapper.querySelector(MEDIA) && (wrapper.textContent ?? '').trim() === '') wrapper.replaceWith(...Array.from(wrapper.childNodes));
    }
    for (const el of Array.from(figure.querySelectorAll('[class]'))) el.removeAttribute('class');
    for (const el of Array.from(figure.querySelectorAll('figcaption [itemprop], figcaption [rel~="author" i]'))) {
      el.removeAttribute('itemprop');
      el.removeAttribute('rel');
    }
  }
  const figures = elementsByTag(doc, 'figure');
  if (figures.length < 2) return; // a gallery holds two or more
  const parents = new Set(figures.flatMap((f) => (f.parentElement ? [f.parentElement] : [])));
  for (const gallery of parents) {
    if (gallery.localName !== 'div' && gallery.localName !== 'section') continue;
    const children = childElements(gallery);
    const onlyFigures = children.length >= 2 && children.every((c) => c.tagName === 'FIGURE');
    const ownText = Array.from(gallery.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (onlyFigures && !ownText) gallery.replaceWith(...Array.from(gallery.childNodes));
  }
}
