// What a print of the tab from the browser's own menu shows while the view is open. The browser
// prints the top page, and the view is a frame over it: printed, the frame is one screen of the
// article. So for the print, and only while it lasts (beforeprint to afterprint), the overlay swaps
// its frame for a plain copy of the article, laid out for paper. Ctrl+P in the view never comes
// here: the view prints its own document (src/ui/reader/shell-keys.ts).
import { fragmentOf, htmlParserOf } from '../core/inert-html';
import type { Article } from '../core/article';

/** The article's fields a print shows. */
export type PrintedArticle = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'html'>;

/** What a print of the tab shows while the view is open: the article, with its images if the view shows them. */
export interface PrintRequest {
  article: PrintedArticle;
  /** The view's "show images" setting, once the background has said it; false if it cannot. */
  images: Promise<boolean>;
}

// Inside the overlay's closed shadow root: the page's styles do not reach it, and it does not show
// on screen (the print dialog's preview is the only place it is seen).
const STYLE = `
.print { display: none; }
@media print {
  .print { display: block; color: #000; background: #fff; font: 12pt/1.55 Georgia, 'Times New Roman', serif; }
  .site, .byline, figcaption, .source { font: 9pt/1.4 system-ui, sans-serif; color: #333; }
  .site { text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.4em; }
  h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.3em; break-after: avoid; }
  .byline { margin: 0 0 1.2em; }
  h2, h3, h4 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  img { display: block; max-width: 100%; max-height: 9cm; width: auto; height: auto; margin: 0.6em auto; }
  figure, img, blockquote, pre, tr { break-inside: avoid; }
  figure { margin: 1em 0; }
  a { color: inherit; }
  .source { margin-top: 1.5em; padding-top: 0.5em; border-top: 1px solid #bbb; overflow-wrap: anywhere; break-inside: avoid; }
}`;

// Markup that would run, load another document, or restyle: not part of a printed article.
const DROPPED = 'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, select, textarea, noscript, template, dialog';
// What loads a picture or media: left out when the view's images are turned off (no request at all).
const IMAGES = 'img, picture, source, image, video, audio';

/**
 * The article's markup, inert: parsed by DOMParser (nothing runs or loads) and stripped there, before
 * it moves into the page's document: an image starts loading as soon as it is in that document. Its
 * srcset and sizes stay as the view has them: the view's frame is as wide as the page, so the copy
 * picks the size of each image the view loads (isolation.e2e checks that nothing else is requested).
 */
function inertBody(doc: Document, html: string, images: boolean): DocumentFragment {
  const parsed = htmlParserOf(doc)?.(html);
  if (!parsed) return doc.createDocumentFragment();
  for (const el of parsed.querySelectorAll(images ? DROPPED : `${DROPPED}, ${IMAGES}`)) el.remove();
  for (const el of parsed.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      // loading="lazy": a print shows every image, so each loads before it, not when scrolled to.
      if (/^on/i.test(name) || name === 'style' || name === 'loading' || (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value))) {
        el.removeAttribute(name);
      }
    }
  }
  return fragmentOf(doc, parsed);
}

function line(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  el.textContent = text;
  return el;
}

/**
 * The printed copy: site, title, byline, body with its figures and captions, the source address.
 * Without `images`, no picture or media element: the captions stay, as text.
 */
export function printCopy(doc: Document, article: PrintedArticle, { images = true } = {}): HTMLElement {
  const copy = doc.createElement('article');
  copy.className = 'print';
  if (article.lang) copy.lang = article.lang;
  if (article.dir !== 'auto') copy.dir = article.dir;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  copy.append(style);
  if (article.siteName) copy.append(line(doc, 'p', 'site', article.siteName));
  copy.append(line(doc, 'h1', '', article.title));
  if (article.byline) copy.append(line(doc, 'p', 'byline', article.byline));
  const body = doc.createElement('div');
  body.append(inertBody(doc, article.html, images));
  copy.append(body);
  copy.append(line(doc, 'p', 'source', article.url));
  return copy;
}
