// Whether the article's body already shows its lead image, in any size: then the view does not put
// the lead image above it as well (the same photo twice). By image identity, not by address: the
// share image is "harbour-1200x630.jpg" where the story has "harbour-960.jpg".
import { imageIdentity } from '../../core/extract/media/image-identity';
import { parseSrcset } from '../../core/extract/media/urls';

// The sanitizer's output is serialised by the DOM: attribute values in double quotes, & written &amp;.
const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const URL_ATTR = /\s(src|srcset)="([^"]*)"/gi;

const decodeAttr = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');

/** Whether `html` (sanitized article HTML) has an image that is a size of the photo at `image`. */
export function bodyShowsImage(html: string, image: string, base: string): boolean {
  const target = imageIdentity(image, base);
  if (!target) return html.includes(image);
  for (const [tag] of html.matchAll(IMG_TAG)) {
    for (const [, name, value] of tag.matchAll(URL_ATTR)) {
      const text = decodeAttr(value ?? '');
      const urls = name?.toLowerCase() === 'srcset' ? parseSrcset(text).map((c) => c.url) : [text];
      if (urls.some((url) => imageIdentity(url, base) === target)) return true;
    }
  }
  return false;
}
