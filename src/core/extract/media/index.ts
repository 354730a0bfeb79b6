// Pre-passes on the CLONED page, run just before Readability, for what Readability 0.6 loses:
// - lazy images (mozilla/readability#748): lazy-images.ts;
// - <noscript> fallbacks: noscript.ts;
// - <picture> whose <img> has no src of its own: picture.ts;
// - captions printed without <figure>: captions.ts;
// - figures (mozilla/readability#743): figures.ts;
// - tables and code: protect-blocks.ts.
// Every function here mutates the document it is given and nothing else.
import { semanticCaptions } from './captions';
import { keepFigures } from './figures';
import { resolveImage, resolveSource } from './lazy-images';
import { unwrapNoscriptImages } from './noscript';
import { fillPictureImage } from './picture';
import { absolutizeAttr, baseUrl } from './urls';

export { keepFigures } from './figures';
export { protectBlocks } from './protect-blocks';
export { largestCandidate, parseSrcset } from './urls';

/** Resolves lazy and fallback images on `doc` (the clone) so Readability keeps them with real, absolute URLs. */
export function resolveMedia(doc: Document, url: string): void {
  const base = baseUrl(doc, url);
  unwrapNoscriptImages(doc, base);
  for (const source of Array.from(doc.getElementsByTagName('source'))) resolveSource(source, base);
  for (const img of Array.from(doc.getElementsByTagName('img'))) resolveImage(img, base);
  for (const picture of Array.from(doc.getElementsByTagName('picture'))) fillPictureImage(picture, base);
  for (const media of Array.from(doc.querySelectorAll('video[poster], video[src], audio[src]'))) {
    for (const attr of ['poster', 'src']) absolutizeAttr(media, attr, base);
  }
  semanticCaptions(doc);
  keepFigures(doc);
}
