// Pre-passes on the CLONED page, run just before Readability, for what Readability 0.6 loses:
// - lazy images (mozilla/readability#748): lazy-images.ts;
// - <noscript> fallbacks: noscript.ts;
// - <picture> whose <img> has no src of its own: picture.ts;
// - captions printed without <figure>: captions.ts;
// - figures (mozilla/readability#743): figures.ts;
// - tables and code: protect-blocks.ts.
// Every function here mutates the document it is given and nothing else.
import { htmlParserOf, type ParseHtml } from '../../inert-html';
import { elementsNamed } from '../../elements';
import { semanticCaptions } from './captions';
import { keepFigures } from './figures';
import { resolveImage, resolveSource } from './lazy-images';
import { unwrapNoscriptImages } from './noscript';
import { fillPictureImage } from './picture';
import { absolutizeAttr, baseUrl } from './urls';

export { keepFigures } from './figures';
export { protectBlocks } from './protect-blocks';
export { dropRepeatedImages } from './repeated-images';
export { imageIdentity, sameImage } from './image-identity';
export { largestCandidate, parseSrcset } from './urls';

const MEDIA_TAGS = ['source', 'img', 'picture', 'video', 'audio'];

/**
 * Resolves lazy and fallback images on `doc` (the clone) so Readability keeps them with real, absolute
 * URLs. `parse`: the page's inert HTML parser, for <noscript> content (a clone has no window of its own).
 */
export function resolveMedia(doc: Document, url: string, parse: ParseHtml | null = htmlParserOf(doc)): void {
  const base = baseUrl(doc, url);
  unwrapNoscriptImages(doc, base, parse);
  // One query for every media element, then sources before images before pictures: a picture's
  // fallback image is filled from resolved sources.
  const media = elementsNamed(doc, MEDIA_TAGS);
  const ofTag = (tag: string) => media.filter((el) => el.localName === tag);
  for (const source of ofTag('source')) resolveSource(source, base);
  for (const img of ofTag('img')) resolveImage(img, base);
  for (const picture of ofTag('picture')) fillPictureImage(picture, base);
  for (const player of media.filter((el) => el.localName === 'video' || el.localName === 'audio')) {
    for (const attr of ['poster', 'src']) absolutizeAttr(player, attr, base);
  }
  semanticCaptions(doc);
  keepFigures(doc);
}
