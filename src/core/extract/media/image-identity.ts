// One photo, many addresses: a page's share image (og:image), its srcset candidates and the copy in
// the story are often different sizes of the same picture ("harbour-1200x630.jpg", "harbour-960.jpg",
// "harbour.jpg?w=300"). An image's identity is its address with the rendition taken out, so the
// reading view can show each photo once. Conservative: two photos must never share an identity, so a
// number counts as a size only where sites put sizes (see src/rules/image-renditions.json).
import renditions from '../../../rules/image-renditions.json';

const SIZE_PARAMS = new Set(renditions.sizeParams);
const URL_PARAMS = renditions.urlParams;
const SIZE_SEGMENTS = new Set(renditions.sizeSegments);
const WIDTHS = new Set(renditions.widths.map(String));

const EXTENSIONS = /(?:\.(?:jpe?g|png|gif|webp|avif|jxl|bmp|tiff?|svg|heic))+$/;
// Rendition marks at the end of a file name: WordPress "-1024x576", "-scaled", "-e1660000000000"
// (an edited copy), Shopify "_800x" / "_x600" / "_800x600", retina "@2x", "-thumb"…
const FILE_SUFFIX = /(?:[-_]\d{2,5}x\d{0,5}|_x\d{2,5}|@\d(?:\.\d)?x|-scaled|-e\d{10,13}|[-_](?:thumb|thumbnail|small|medium|large|big|full|orig|original))$/;
const TRAILING_WIDTH = /[-_](\d{3,4})$/;
// Whole path folders that are a size or a crop: "800x600", "w640-h480" and "s1600" (Blogger),
// Cloudinary's "c_fill,w_800" and version "v1660000000", BBC-style "976".
const SIZE_SEGMENT = [
  /^\d{1,5}x\d{1,5}$/,
  /^[swh]\d{2,4}(?:-[a-z0-9-]+)?$/,
  /^(?:w|h|c|q|f|g|ar|dpr|fl|e|t|b|x|y|z)_[^,]+(?:,(?:w|h|c|q|f|g|ar|dpr|fl|e|t|b|x|y|z)_[^,]+)*$/,
  /^v\d{8,}$/,
];
// A crop rectangle ("0_0_3000_1800", the Guardian's): the photo's renditions then end in a width.
const CROP_RECT = /^\d+_\d+_\d+_\d+$/;
const HOST_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const isYear = (n: number) => n >= 1900 && n <= 2099;

function isSizeSegment(segment: string, last: boolean): boolean {
  if (last) return false;
  if (SIZE_SEGMENTS.has(segment) || SIZE_SEGMENT.some((re) => re.test(segment))) return true;
  // Options written into the path: "width=800,quality=75", "resize:fit:1400", "0x0:1000x667", a signature "Ab3…=".
  if (/[=:]/.test(segment)) return true;
  return /^\d{3,4}$/.test(segment) && !isYear(Number(segment)) && WIDTHS.has(segment);
}

function fileStem(name: string, cropped: boolean): string {
  let stem = name.replace(EXTENSIONS, '');
  if (cropped && /^\d{2,5}$/.test(stem)) return '';
  for (let i = 0; i < 3; i++) {
    const width = TRAILING_WIDTH.exec(stem);
    const next = stem.replace(FILE_SUFFIX, '');
    if (next !== stem) stem = next;
    else if (width && WIDTHS.has(width[1]!)) stem = stem.slice(0, -width[0].length);
    else break;
  }
  return stem;
}

function embeddedUrl(url: URL): string {
  for (const name of URL_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^(?:https?:\/\/|\/)/i.test(value)) return new URL(value, url).href;
  }
  // Fetch proxies put the original after the options: ".../image/fetch/w_800/https%3A%2F%2Fsite%2Fa.jpg".
  const inPath = /\/(https?)(?::|%3A)(?:\/|%2F){1,2}(.+)$/i.exec(url.pathname);
  return inPath ? `${inPath[1]}://${decode(inPath[2]!).replace(/^\/+/, '')}` : '';
}

/**
 * The identity of the photo at `url` (resolved against `base`): its path with the size, crop and
 * format marks taken out, plus the query parameters that are not a resize. '' when `url` is no
 * http(s) image address or leaves nothing that could tell one photo from another.
 */
export function imageIdentity(url: string, base = 'https://invalid.invalid/'): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  const original = embeddedUrl(parsed);
  if (original && original !== parsed.href) return imageIdentity(original);
  let segments = decode(parsed.pathname).toLowerCase().split('/').filter(Boolean);
  // Cloudflare's "/cdn-cgi/image/width=800/…", Drupal's "styles/<style>/public/…", an image proxy's
  // "/<original host>/…" (Jetpack Photon, i0.wp.com/site.example/…): the rest is the photo's own path.
  if (segments[0] === 'cdn-cgi' && segments[1] === 'image') segments = segments.slice(3);
  const styles = segments.indexOf('styles');
  if (styles >= 0 && (segments[styles + 2] === 'public' || segments[styles + 2] === 'private')) segments.splice(styles, 3);
  if (segments.length > 1 && HOST_LIKE.test(segments[0]!)) segments = segments.slice(1);
  const cropped = segments.some((s) => CROP_RECT.test(s));
  const kept = segments.filter((s, i) => !CROP_RECT.test(s) && !isSizeSegment(s, i === segments.length - 1));
  const stem = fileStem(kept.pop() ?? '', cropped);
  const path = [...kept, stem].filter(Boolean).join('/');
  if (!stem && !cropped) return '';
  const query = [...parsed.searchParams]
    .filter(([name]) => !SIZE_PARAMS.has(name.toLowerCase()))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&');
  return path ? `/${path}${query ? `?${query}` : ''}` : '';
}

/** Whether two image addresses are sizes of one photo. */
export function sameImage(a: string, b: string, base?: string): boolean {
  const identity = imageIdentity(a, base);
  return identity !== '' && identity === imageIdentity(b, base);
}
