// Pre-passes on the CLONED page, run just before Readability, for what Readability 0.6 loses:
// - lazy images (mozilla/readability#748): it copies data-* into src only when the img has no src or a
//   "lazy" class, and only for values ending in .jpg/.png/.webp, so "/placeholder.png" + data-src, CDN URLs
//   without an extension and data-lazy-srcset survive as placeholders or are dropped;
// - <noscript> fallbacks: it unwraps them only when the noscript directly follows the placeholder;
// - <picture> whose <img> has no src of its own: the <img> is removed and only the <source> remains;
// - figures (mozilla/readability#743): a wrapper div with a "negative" class (media, meta, hidden…) inside
//   a <figure> is cleaned away with the image; caption parts classed like a byline are taken as the byline;
//   a div holding only figures fails the "p to img ratio" check and goes with all its captions;
// - tables and code (protectBlocks): see there.
// Every function here mutates the document it is given and nothing else.

const LAZY_SRC = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-original-src', 'data-orig-src',
  'data-hi-res-src', 'data-full-src', 'data-echo', 'data-lazyload',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const LAZY_SIZES = ['data-sizes', 'data-lazy-sizes'];
const LAZY_CLASS = /(?:^|[\s_-])(?:lazy\w*|lozad|b-lazy)(?:$|[\s_-])/i;
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|placeholder|spacer|lazy|loading|transparent|pixel|empty|dummy|grey|gray|1x1)(?:[/_.-]|$)/i;
/** Image types every browser we ship to renders; a <source> of another type is skipped for the <img> src. */
const IMAGE_TYPES = /^image\/(?:jpe?g|png|gif|webp|avif|svg\+xml)$/i;

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
  keepFigures(doc);
}

// ---------------------------------------------------------------------------------------------- URLs

/** The page's <base href> resolved against `url`, or `url` itself. */
function baseUrl(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    const resolved = absoluteUrl(href, url);
    if (/^https?:/i.test(resolved)) return resolved;
  }
  return url;
}

/** `value` made absolute against `base`; data: URLs pass unchanged; '' when it is no usable URL. */
function absoluteUrl(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  if (/^data:/i.test(trimmed)) return trimmed;
  try {
    const resolved = new URL(trimmed, base || undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : '';
  } catch {
    return '';
  }
}

function absolutizeAttr(el: Element, attr: string, base: string): void {
  const value = el.getAttribute(attr);
  if (!value) return;
  const resolved = absoluteUrl(value, base);
  if (resolved && resolved !== value) el.setAttribute(attr, resolved);
}

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/** Parses a srcset like the HTML spec does: a URL may itself contain commas (",w_300,h_200"). */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let url = '';
    while (i < value.length && !/\s/.test(value[i]!)) url += value[i++];
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (i < value.length) {
        const ch = value[i]!;
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
        else if (ch === ',' && depth === 0) break;
        descriptor += ch;
        i++;
      }
    }
    if (url) out.push({ url, descriptor: descriptor.trim() });
  }
  return out;
}

function absoluteSrcset(value: string, base: string): string {
  return parseSrcset(value)
    .map((c) => ({ ...c, url: absoluteUrl(c.url, base) }))
    .filter((c) => c.url && !/^data:/i.test(c.url))
    .map((c) => (c.descriptor ? `${c.url} ${c.descriptor}` : c.url))
    .join(', ');
}

/** The candidate with the largest width (or density) descriptor; the first one when none has any. */
export function largestCandidate(srcset: string): string {
  let best = '';
  let bestSize = -1;
  for (const { url, descriptor } of parseSrcset(srcset)) {
    const m = /^([\d.]+)[wx]$/i.exec(descriptor.split(/\s+/)[0] ?? '');
    const size = m ? Number(m[1]) : 0;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

// -------------------------------------------------------------------------------------------- images

/** True for a src a lazy loader will overwrite: none, a data: URI, or a spacer/placeholder file. */
function isPlaceholderSrc(src: string | null): boolean {
  const value = (src ?? '').trim();
  if (!value || value === '#' || /^about:blank/i.test(value) || /^data:/i.test(value)) return true;
  const path = value.split(/[?#]/)[0] ?? '';
  const file = path.slice(path.lastIndexOf('/'));
  return PLACEHOLDER_NAME.test(file) || /(?:^|\/)1x1[./]/.test(path);
}

/** A URL an image can really be loaded from (data: URIs here are the placeholders). */
const isRealUrl = (url: string) => url !== '' && !/^data:/i.test(url);

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

function isLazy(img: Element): boolean {
  return (
    LAZY_CLASS.test(img.getAttribute('class') ?? '') ||
    firstAttr(img, LAZY_SRC) !== null ||
    firstAttr(img, LAZY_SRCSET) !== null ||
    isPlaceholderSrc(img.getAttribute('src'))
  );
}

function removeAttrs(el: Element, names: string[]): void {
  for (const name of names) el.removeAttribute(name);
}

function resolveImage(img: HTMLImageElement | Element, base: string): void {
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

function resolveSource(source: Element, base: string): void {
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

/** Gives the <img> of a <picture> a real src from its first usable <source> (or adds one). */
function fillPictureImage(picture: Element, base: string): void {
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

// ---------------------------------------------------------------------------------- <noscript> images

/** The nodes a <noscript> holds, parsed inertly: a <template> of the same document loads and runs nothing. */
function noscriptContent(noscript: Element): DocumentFragment | null {
  const doc = noscript.ownerDocument;
  const fragment = doc.createDocumentFragment();
  // Parsed with scripting off (jsdom, some clones) the content is already elements; with scripting on it is text.
  if (noscript.children.length > 0) {
    for (const child of Array.from(noscript.childNodes)) fragment.appendChild(child.cloneNode(true));
    return fragment;
  }
  const text = noscript.textContent ?? '';
  if (!text.includes('<')) return null;
  const template = doc.createElement('template');
  if (!('content' in template)) return null;
  template.innerHTML = text;
  return doc.importNode((template as HTMLTemplateElement).content, true);
}

function isTinyOrHidden(img: Element): boolean {
  const small = (attr: string) => {
    const v = img.getAttribute(attr);
    return v !== null && v.trim() !== '' && Number.parseFloat(v) <= 2;
  };
  const style = (img.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return small('width') || small('height') || style.includes('display:none') || style.includes('visibility:hidden');
}

/** The element itself when it is an img, the img of a <picture>, or the only img of a wrapper without text. */
function singleImage(el: Element | null): Element | null {
  let node = el;
  while (node) {
    if (node.tagName === 'IMG') return node;
    if (node.tagName === 'PICTURE') return node.querySelector('img');
    if (node.tagName === 'NOSCRIPT' || node.children.length !== 1 || (node.textContent ?? '').trim() !== '') return null;
    node = node.children[0] ?? null;
  }
  return null;
}

/** The img the noscript is the fallback for: an adjacent (single-)image, or the first img of its figure/picture. */
function fallbackTarget(noscript: Element): Element | null {
  const adjacent = singleImage(noscript.previousElementSibling) ?? singleImage(noscript.nextElementSibling);
  if (adjacent) return adjacent;
  const group = noscript.parentElement?.closest('picture, figure');
  if (!group) return null;
  return Array.from(group.querySelectorAll('img')).find((img) => !img.closest('noscript')) ?? null;
}

function unwrapNoscriptImages(doc: Document, base: string): void {
  const promoted = new Set<Element>();
  for (const noscript of Array.from(doc.body?.getElementsByTagName('noscript') ?? [])) {
    if (!noscript.isConnected) continue;
    const content = noscriptContent(noscript);
    const fallback = content
      ? Array.from(content.querySelectorAll('img')).find((img) => (img.getAttribute('src') || img.getAttribute('srcset')) && !isTinyOrHidden(img))
      : undefined;
    if (!content || !fallback) continue; // no image: Readability drops the noscript as it always does
    const target = fallbackTarget(noscript);
    if (target && !promoted.has(target)) {
      if (isLazy(target)) adoptFallback(target, fallback, base);
      noscript.remove();
      continue;
    }
    // No lazy sibling: the noscript image becomes a normal image (in its <picture>, if it came with one).
    const picture = fallback.closest('picture');
    noscript.replaceWith(picture ?? fallback);
    promoted.add(fallback);
  }
}

/** Copies the fallback's real URLs (and any missing alt/size) onto the lazy img, which keeps its place. */
function adoptFallback(target: Element, fallback: Element, base: string): void {
  const src = absoluteUrl(fallback.getAttribute('src') ?? '', base);
  const srcset = fallback.getAttribute('srcset');
  if (isRealUrl(src)) target.setAttribute('src', src);
  if (srcset) target.setAttribute('srcset', srcset);
  for (const attr of ['sizes', 'alt', 'width', 'height']) {
    const value = fallback.getAttribute(attr);
    if (value !== null && !target.getAttribute(attr)) target.setAttribute(attr, value);
  }
  if (isRealUrl(src)) removeAttrs(target, LAZY_SRC);
}

// ------------------------------------------------------------------------------------------- figures

const MEDIA = 'img, picture, video, svg';

/**
 * Keeps figures whole through Readability: wrappers around the media that carry no text are unwrapped and
 * the classes inside the figure dropped (Readability drops all classes from its output anyway), so neither
 * a "negative" class on a frame div nor a byline-like class in the caption costs the image or the credit;
 * a div that holds only figures is unwrapped so the gallery is not judged by its paragraph-to-image ratio.
 */
export function keepFigures(doc: Document): void {
  for (const figure of Array.from(doc.getElementsByTagName('figure'))) {
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
  for (const gallery of [...Array.from(doc.getElementsByTagName('div')), ...Array.from(doc.getElementsByTagName('section'))]) {
    const children = Array.from(gallery.children);
    const onlyFigures = children.length >= 2 && children.every((c) => c.tagName === 'FIGURE');
    const ownText = Array.from(gallery.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (onlyFigures && !ownText) gallery.replaceWith(...Array.from(gallery.childNodes));
  }
}

// ------------------------------------------------------------------------------------ protect-blocks

const LAYOUT_CONTENT = 'table, form, iframe, article, section, h1, h2, h3, header, footer, nav';
const LONGEST_DATA_CELL = 300;
/** Text a wrapper may add around its block and still be "just a wrapper" (a "Copy" button, a language label). */
const WRAPPER_SLACK = 40;

/**
 * Keeps data tables and code blocks through Readability's conditional cleaning (Readability.js
 * `_markDataTables` / `_cleanConditionally`): a table counts as data only with th/thead/caption/col… or at
 * least 10 rows or 5 columns, and any other table is dropped when a fifth of its text is links or it is
 * under 25 characters with a link; and a div around a table or <pre> is dropped when its class or id reads
 * "negative" (table-scroll, hidden-print, media, meta, widget…), whatever it holds.
 * Marks small data tables with an empty <colgroup> (no rendering effect; a "data-y" descendant for
 * Readability) and drops the class of a block and of the wrappers that add nothing but the block.
 */
export function protectBlocks(doc: Document): void {
  for (const table of Array.from(doc.getElementsByTagName('table'))) {
    if (!isDataTable(table)) continue;
    if (!table.querySelector('th, thead, tfoot, col, colgroup') && !table.getAttribute('summary')) {
      const colgroup = doc.createElement('colgroup');
      const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
      table.insertBefore(colgroup, caption ? caption.nextSibling : table.firstChild);
    }
    clearWrapperClasses(table);
  }
  for (const pre of Array.from(doc.getElementsByTagName('pre'))) {
    if ((pre.textContent ?? '').trim()) clearWrapperClasses(pre);
  }
}

function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

/** A grid of short cells: at least 2×2, no nested layout, no presentation role, no long prose in a cell. */
function isDataTable(table: Element): boolean {
  const role = (table.getAttribute('role') ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0') return false;
  if (table.querySelector(LAYOUT_CONTENT)) return false;
  const rows = ownRows(table);
  if (rows.length < 2) return false;
  let columns = 0;
  for (const row of rows) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    columns = Math.max(columns, cells.reduce((n, c) => n + (Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1), 0));
    for (const cell of cells) {
      if ((cell.textContent ?? '').replace(/\s+/g, ' ').trim().length > LONGEST_DATA_CELL) return false;
      if (cell.querySelectorAll('p').length > 1) return false;
    }
  }
  return columns >= 2;
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

function clearWrapperClasses(block: Element): void {
  block.removeAttribute('class');
  const own = textLength(block);
  let node = block.parentElement;
  while (node && (node.tagName === 'DIV' || node.tagName === 'SECTION' || node.tagName === 'FIGURE' || node.tagName === 'SPAN')) {
    if (textLength(node) - own > WRAPPER_SLACK) break;
    node.removeAttribute('class');
    node = node.parentElement;
  }
}
