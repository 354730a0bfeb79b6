// The same photo twice in one article: a site prints its featured image above the story and again
// inside it, or a thumbnail and the full figure, each a different size (image-identity.ts). The
// article keeps one: the copy in a figure with a caption, else the largest, else the first.
import { elementsNamed } from '../../elements';
import { imageIdentity } from './image-identity';
import { parseSrcset } from './urls';

const MEDIA = 'img, picture, video, audio, iframe, svg';

function identityOf(img: Element, base: string): string {
  const srcset = parseSrcset(img.getAttribute('srcset') ?? '').map((c) => c.url);
  for (const src of [img.getAttribute('src') ?? '', ...srcset]) {
    const identity = imageIdentity(src, base);
    if (identity) return identity;
  }
  return '';
}

// A size in the address: "-1024x576.jpg", "-960.jpg", "?w=800", "?width=800".
const URL_WIDTH = /(?:[-_](\d{2,5})(?:x\d{0,5})?\.\w+(?:[?#]|$)|[?&](?:w|width)=(\d{2,5}))/;

/** The width the page offers for `img`: its width attribute, its largest srcset width or the size in its address. */
export function widthOf(img: Element): number {
  const widths = parseSrcset(img.getAttribute('srcset') ?? '').map((c) => (/w$/.test(c.descriptor) ? parseFloat(c.descriptor) || 0 : 0));
  const inUrl = URL_WIDTH.exec(img.getAttribute('src') ?? '');
  return Math.max(Number(img.getAttribute('width')) || 0, Number(inUrl?.[1] ?? inUrl?.[2] ?? 0), ...widths);
}

const captioned = (img: Element) => (img.closest('figure')?.querySelector('figcaption')?.textContent ?? '').trim() !== '';

/** Removes `img` and the wrappers it leaves without media or text (its figure with its caption). */
function removeImage(img: Element, root: Element): void {
  const figure = img.closest('figure');
  let el: Element | null = figure && root.contains(figure) && figure.querySelectorAll(MEDIA).length === 1 ? figure : img;
  while (el && el !== root) {
    const parent: Element | null = el.parentElement;
    el.remove();
    el = parent && parent !== root && !parent.querySelector(MEDIA) && (parent.textContent ?? '').trim() === '' ? parent : null;
  }
}

/** Keeps one copy of each photo in `root` (the article), by image identity. `base` resolves relative addresses. */
export function dropRepeatedImages(root: Element, base: string): void {
  const groups = new Map<string, Element[]>();
  for (const img of elementsNamed(root, ['img'])) {
    const identity = identityOf(img, base);
    if (!identity) continue;
    groups.set(identity, [...(groups.get(identity) ?? []), img]);
  }
  for (const copies of groups.values()) {
    if (copies.length < 2) continue;
    // Stable: among equals the first in the article stays.
    const keep = copies.reduce((best, img) => {
      const better = Number(captioned(img)) - Number(captioned(best)) || widthOf(img) - widthOf(best);
      return better > 0 ? img : best;
    });
    for (const img of copies) if (img !== keep) removeImage(img, root);
  }
}
