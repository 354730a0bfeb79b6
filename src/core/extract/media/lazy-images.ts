// Lazy images (mozilla/readability#748): Readability 0.6 copies data-* into src only when the img has no src
// or a "lazy" class, and only for values ending in .jpg/.png/.webp, so "/placeholder.png" + data-src, CDN URLs
// without an extension and data-lazy-srcset survive as placeholders or are dropped. These functions move the
// lazy loader's values into src/srcset/sizes (absolute) and remove the data-* so Readability cannot undo that.
// Each mutates the element it is given and nothing else.
import { absoluteSrcset, absoluteUrl, absolutizeAttr, largestCandidate } from './urls';

export const LAZY_SRC = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-original-src', 'data-orig-src',
  'data-hi-res-src', 'data-full-src', 'data-echo', 'data-lazyload',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const LAZY_SIZES = ['data-sizes', 'data-lazy-sizes'];
const LAZY_CLASS = /(?:^|[\s_-])(?:lazy\w*|lozad|b-lazy)(?:$|[\s_-])/i;
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|placeholder|spacer|lazy|loading|transparent|pixel|empty|dummy|grey|gray|1x1)(?:[/_.-]|$)/i;

/** True for a src a lazy loader will overwrite: none, a data: URI, or a spacer/placeholder file. */
export function isPlaceholderSrc(src: string | null): boolean {
  const value = (src ?? '').trim();
  if (!value || value === '#' || /^about:blank/i.test(value) || /^data:/i.test(value)) return true;
  const path = value.split(/[?#]/)[0] ?? '';
  const file = path.slice(path.lastIndexOf('/'));
  return PLACEHOLDER_NAME.test(file) || /(?:^|\/)1x1[./]/.test(path);
}

/** A URL an image can really be loaded from (data: URIs here are the placeholders). */
export const isRealUrl = (url: string) => url !== '' && !/^data:/i.test(url);

function firstAttr(el: Element, names: string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return { name, value };
  }
  return null;
}

/** A lone URL (not a JSON blob, not a srcset, not a page link without a path). */
function looksLikeUrl(value: string): boolean {
  return !/\s/.test(value) && !/^[{[]/.test(value) && value !== '#';
}

export function isLazy(img: Element): boolean {
  return (
    LAZY_CLASS.test(img.getAttribute('class') ?? '') ||
    firstAttr(img, LAZY_SRC) !== null ||
    firstAttr(img, LAZY_SRCSET) !== null ||
    isPlaceholderSrc(img.getAttribute('src'))
  );
}

export function removeAttrs(el: Element, names: string[]): void {
  for (const name of names) el.removeAttribute(name);
}

export function resolveImage(img: HTMLImageElement | Element, base: string): void {
  const src = img.getAttribute('src');
  const lazySrc = firstAttr(img, LAZY_SRC);
  const lazySrcset = firstAttr(img, LAZY_SRCSET);
  const lazySizes = firstAttr(img, LAZY_SIZES);
  // The lazy loader's value wins when the src is a placeholder or the img says it is lazy-loaded.
  const preferLazy = isPlaceholderSrc(src) || LAZY_CLASS.test(img.getAttribute('class') ?? '');

  if (lazySrcset && (preferLazy || !img.getAttribute('srcset'))) {
    const srcset = absoluteSrcset(lazySrcset.value, base);
    if (srcset) img.setAttribute('srcset', srcset);
  }
  if (lazySizes && lazySizes.value !== 'auto' && !img.getAttribute('sizes')) img.setAttribute('sizes', lazySizes.value);

  // A lazy value is the real image by convention, whatever its file is called ("grey-whale.jpg").
  let next = lazySrc && preferLazy && looksLikeUrl(lazySrc.value) ? absoluteUrl(lazySrc.value, base) : '';
  if (!isRealUrl(next) && isPlaceholderSrc(src)) next = absoluteUrl(largestCandidate(img.getAttribute('srcset') ?? ''), base);
  if (isRealUrl(next)) img.setAttribute('src', next);
  else absolutizeAttr(img, 'src', base);

  const srcset = img.getAttribute('srcset');
  if (srcset) {
    const abs = absoluteSrcset(srcset, base);
    if (abs) img.setAttribute('srcset', abs);
    else img.removeAttribute('srcset');
  }
  // Left in place, Readability's own lazy pass would copy these (relative, stale) values back over ours.
  if (isRealUrl(next) || !isPlaceholderSrc(img.getAttribute('src'))) removeAttrs(img, [...LAZY_SRC, ...LAZY_SRCSET, ...LAZY_SIZES]);
}

export function resolveSource(source: Element, base: string): void {
  // In a <picture> a source offers a srcset; in a <video> or <audio> it has a src.
  if (source.parentElement?.tagName !== 'PICTURE') {
    const lazySrc = firstAttr(source, LAZY_SRC);
    if (lazySrc && looksLikeUrl(lazySrc.value) && isPlaceholderSrc(source.getAttribute('src'))) {
      source.setAttribute('src', lazySrc.value);
      removeAttrs(source, LAZY_SRC);
    }
    absolutizeAttr(source, 'src', base);
    return;
  }
  const lazySrcset = firstAttr(source, LAZY_SRCSET) ?? firstAttr(source, LAZY_SRC);
  if (lazySrcset && (!source.getAttribute('srcset') || isPlaceholderSrc(largestCandidate(source.getAttribute('srcset') ?? '')))) {
    source.setAttribute('srcset', lazySrcset.value);
  }
  const srcset = source.getAttribute('srcset');
  if (srcset) {
    const abs = absoluteSrcset(srcset, base);
    if (abs) source.setAttribute('srcset', abs);
    else source.removeAttribute('srcset');
  }
  if (source.getAttribute('srcset')) removeAttrs(source, [...LAZY_SRC, ...LAZY_SRCSET, ...LAZY_SIZES]);
}
