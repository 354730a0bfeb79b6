// <picture> whose <img> has no src of its own: Readability 0.6 removes the <img> and only the <source> remains.
// Gives that <img> (or a new one) a real src from the picture's first usable <source>.
import { isPlaceholderSrc } from './lazy-images';
import { absoluteUrl, largestCandidate } from './urls';

/** Image types every browser we ship to renders; a <source> of another type is skipped for the <img> src. */
const IMAGE_TYPES = /^image\/(?:jpe?g|png|gif|webp|avif|svg\+xml)$/i;

/** Gives the <img> of a <picture> a real src from its first usable <source> (or adds one). */
export function fillPictureImage(picture: Element, base: string): void {
  let img = picture.querySelector('img');
  if (img && !isPlaceholderSrc(img.getAttribute('src'))) return;
  const source = Array.from(picture.querySelectorAll('source')).find((s) => {
    const type = s.getAttribute('type')?.trim();
    return (s.getAttribute('srcset') ?? '').trim() !== '' && (!type || IMAGE_TYPES.test(type));
  });
  const url = source ? absoluteUrl(largestCandidate(source.getAttribute('srcset') ?? ''), base) : '';
  if (!url || /^data:/i.test(url)) return;
  if (!img) {
    img = picture.ownerDocument.createElement('img');
    img.setAttribute('alt', '');
    picture.appendChild(img);
  }
  img.setAttribute('src', url);
}
