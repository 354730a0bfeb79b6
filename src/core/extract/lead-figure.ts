// The lead image's caption, and the page's only figure. Readability often drops the featured image,
// which sites print above the story in a <figure> of its own; the view then shows the page's lead
// image (og:image) bare. When the page has a figure of that same photo with a caption, the article
// gets it back as its first figure: the caption and its credit ("Foto: Reuters") are read with the
// story, and the plain text, which leaves captions out, does not change. A page without a share
// image whose one figure sat outside the story would lose its only picture: that figure comes back too.
import { imageIdentity } from './media/image-identity';
import { resolveImage } from './media/lazy-images';
import { widthOf } from './media/repeated-images';
import { largestCandidate, parseSrcset } from './media/urls';
import { elementsByTag } from '../elements';

function sources(img: Element): string[] {
  const srcset = ['srcset', 'data-srcset'].flatMap((attr) => parseSrcset(img.getAttribute(attr) ?? '').map((c) => c.url));
  return [img.getAttribute('src'), img.getAttribute('data-src'), ...srcset].filter((s): s is string => !!s && !s.startsWith('data:'));
}

const shows = (img: Element, target: string, base: string) => sources(img).some((s) => imageIdentity(s, base) === target);

/**
 * Whether the article body `root` already shows the photo at `image`, in any size: the view then does
 * not put the lead image above it as well. By image identity, not by address: the share image is
 * "harbour-1200x630.jpg" where the story has "harbour-960.jpg".
 */
export function bodyShowsImage(root: Element, image: string, base: string): boolean {
  const target = imageIdentity(image, base);
  return elementsByTag(root, 'img').some((img) => (target ? shows(img, target, base) : sources(img).includes(image)));
}

const captionOf = (figure: Element | undefined) => (figure?.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Figures in the page's furniture (its navigation, footer, sidebars, the site header with its menu)
// are logos, teasers and ads, never the story's picture.
const FURNITURE = 'nav, footer, aside, [role="banner"], [role="navigation"], [role="complementary"], [role="contentinfo"]';
const isFurniture = (figure: Element) => figure.closest(FURNITURE) !== null || figure.closest('header')?.querySelector('nav') != null;

/** The address of a page image as the view can load it: lazy values resolved, absolute; '' if none. */
function loadableSrc(img: Element, base: string): string {
  const copy = img.cloneNode(false) as Element;
  resolveImage(copy, base);
  const src = copy.getAttribute('src') || largestCandidate(copy.getAttribute('srcset') ?? '');
  return /^https?:/i.test(src) ? src : '';
}

function prependFigure(root: Element, src: string, alt: string, caption: string): void {
  const doc = root.ownerDocument;
  const out = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', src);
  img.setAttribute('alt', alt);
  out.append(img);
  if (caption) {
    const figcaption = doc.createElement('figcaption');
    figcaption.textContent = caption;
    out.append(figcaption);
  }
  const first = root.firstElementChild;
  // Readability wraps the story in <div id="readability-page-1">: the figure goes inside it.
  (first && first.id.startsWith('readability-page') ? first : root).prepend(out);
}

/** The width of the share image, when the page says it (og:image:width) or its address does. */
function leadWidth(page: Document, leadImage: string, target: string, inert: Document): number {
  // Made in the clone, which has no window: an <img> with a src in the page's own document is fetched at
  // once (a request of ours the page never made, even with images off).
  const probe = inert.createElement('img');
  probe.setAttribute('src', leadImage);
  const og = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
  const declared = og && imageIdentity(og, leadImage) === target ? Number(page.querySelector('meta[property="og:image:width"]')?.getAttribute('content')) || 0 : 0;
  return Math.max(declared, widthOf(probe));
}

/**
 * The story's copy of the lead photo stays where it is, with its caption (the view then leaves the lead
 * image out); when it is a small fixed size (no srcset) and the share image is larger, it shows that.
 */
function enlargeCopies(page: Document, copies: Element[], leadImage: string, target: string): void {
  const lead = leadWidth(page, leadImage, target, copies[0]!.ownerDocument);
  for (const img of copies) {
    const width = widthOf(img);
    if (img.hasAttribute('srcset') || width === 0 || width >= lead) continue;
    img.setAttribute('src', leadImage);
    img.removeAttribute('width');
    img.removeAttribute('height');
  }
}

/**
 * Prepends a `<figure>` to `root` (the article, a detached element of the clone): the lead image with
 * its page figure's caption, when the article does not show that photo already; or, when the article
 * has no image at all, the page's only figure (outside its header, navigation and footer), which the
 * view would otherwise lose. `url` is the page's address, for relative and lazy image addresses.
 */
export function restoreLeadFigure(page: Document, root: Element, leadImage: string, url: string): void {
  const inArticle = elementsByTag(root, 'img');
  const target = leadImage ? imageIdentity(leadImage, url) : '';
  const copies = target ? inArticle.filter((img) => shows(img, target, url)) : [];
  if (copies.length > 0) {
    enlargeCopies(page, copies, leadImage, target);
    return;
  }
  const figures = elementsByTag(page, 'figure').filter((f) => f.querySelector('img') && !isFurniture(f));
  const leadFigure = target ? figures.find((f) => shows(f.querySelector('img')!, target, url)) : undefined;
  const caption = captionOf(leadFigure);
  if (caption) {
    prependFigure(root, leadImage, '', caption);
    return;
  }
  // Without a caption the view shows the lead image itself; the page's one figure is another matter.
  if (inArticle.length > 0 || figures.length !== 1 || figures[0] === leadFigure) return;
  const only = figures[0]!;
  const img = only.querySelector('img')!;
  const src = loadableSrc(img, url);
  if (src) prependFigure(root, src, img.getAttribute('alt') ?? '', captionOf(only));
}
