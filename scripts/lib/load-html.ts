// Loads a saved HTML page into jsdom the way a browser would read it from disk: sniff the encoding from
// the bytes, decode, parse with scripts and subresources off. Never throws for one bad file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';

export type EncodingSource = 'bom' | 'meta' | 'utf-8-detected' | 'default';

export interface DecodedHtml {
  text: string;
  /** WHATWG encoding name, e.g. "UTF-8", "windows-1252". */
  encoding: string;
  source: EncodingSource;
}

export interface LoadedPage {
  ok: true;
  dom: JSDOM;
  document: Document;
  encoding: string;
  encodingSource: EncodingSource;
  /** True when jsdom failed on the page as is and it was parsed again without its styles. */
  stylesStripped: boolean;
}

export interface LoadFailure {
  ok: false;
  error: string;
  /** Refused unparsed: far more elements than extraction reads (see MAX_TAGS). */
  tooLarge?: boolean;
}

// jsdom takes minutes and gigabytes on a 20 MB page (275 s, 3.9 GB) that extraction then refuses for its
// element count (core/extract/budget.ts): a page whose source opens more tags than this is refused before
// parsing. Tags are counted in the source, so text in scripts and comments that looks like tags counts
// too; only pages over a few megabytes are counted at all.
const MAX_TAGS = 150_000;
const COUNT_FROM_CHARS = 4_000_000;

function tooManyTags(text: string): boolean {
  if (text.length < COUNT_FROM_CHARS) return false;
  let tags = 0;
  for (const _ of text.matchAll(/<[a-zA-Z]/g)) if (++tags > MAX_TAGS) return true;
  return false;
}

const NONE = '\u0000none';

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    || (bytes[0] === 0xfe && bytes[1] === 0xff)
    || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sniffs the encoding as jsdom does (html-encoding-sniffer: BOM, then `<meta charset>` or
 * `http-equiv=content-type` in the first 1024 bytes). Where that finds nothing the HTML spec allows
 * autodetection before its windows-1252 default, and browsers do it: bytes that are valid UTF-8 are read
 * as UTF-8 (about a third of the benchmark corpus is UTF-8 with no declaration in its first 1024 bytes).
 */
export function sniffEncoding(bytes: Uint8Array): { encoding: string; source: EncodingSource } {
  const sniffed = sniffHTMLEncoding(bytes, { defaultEncoding: NONE });
  if (sniffed !== NONE) return { encoding: sniffed, source: hasBom(bytes) ? 'bom' : 'meta' };
  if (isValidUtf8(bytes)) return { encoding: 'UTF-8', source: 'utf-8-detected' };
  return { encoding: 'windows-1252', source: 'default' };
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const { encoding, source } = sniffEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // An encoding this Node build cannot decode (a small-ICU build, or "replacement"): fall back to UTF-8.
    decoder = new TextDecoder('utf-8');
  }
  // TextDecoder drops a BOM that matches its encoding, as the HTML decoder does.
  return { text: decoder.decode(bytes), encoding, source };
}

/** Removes `<style>` elements and `style` attributes from HTML source (for the retry after a jsdom failure). */
export function stripStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<link\b[^>]*\brel\s*=\s*["']?stylesheet\b[^>]*>/gi, '')
    .replace(/<[a-zA-Z][^\s/>]*\s[^>]*>/g, (tag) => tag.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

// jsdom answers every property read on an HTMLCollection (`length`, an index, `item`) through a proxy
// that first asks namedItem(key), a scan of the whole collection: a loop over getElementsByTagName is
// quadratic (10,000 images took over two minutes in Readability's Array.from). Names are looked up in
// a map built once per version of the collection instead, which answers exactly as the scan did: the
// first element whose id is the key, or an HTML element whose name is (attribute changes bump the
// version too).
interface CollectionImpl {
  _list: Array<{ getAttributeNS(ns: null, name: string): string | null; _namespaceURI: string }>;
  _version: number;
  _update(): void;
  siftNames?: { version: number; names: Map<string, unknown> };
}
const HTML_NS = 'http://www.w3.org/1999/xhtml';
function indexNamedItems(): void {
  const { implementation } = createRequire(import.meta.url)('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js') as {
    implementation: { prototype: { namedItem(this: CollectionImpl, key: string): unknown } };
  };
  implementation.prototype.namedItem = function namedItem(this: CollectionImpl, key: string) {
    if (key === '') return null;
    this._update();
    if (this.siftNames?.version !== this._version) {
      const names = new Map<string, unknown>();
      for (const element of this._list) {
        const id = element.getAttributeNS(null, 'id');
        if (id && !names.has(id)) names.set(id, element);
        const name = element._namespaceURI === HTML_NS ? element.getAttributeNS(null, 'name') : null;
        if (name && !names.has(name)) names.set(name, element);
      }
      this.siftNames = { version: this._version, names };
    }
    return this.siftNames.names.get(key) ?? null;
  };
}
try {
  indexNamedItems();
} catch {
  // Another jsdom layout: pages load as before, only slower.
}

function quietConsole(): VirtualConsole {
  // A VirtualConsole that is not forwarded anywhere: page console calls and jsdom's own errors
  // (unparsable CSS, unimplemented features) go nowhere.
  return new VirtualConsole();
}

function parse(text: string, url: string): JSDOM {
  // No runScripts and no resources: scripts stay inert, nothing is fetched.
  return new JSDOM(text, { url, virtualConsole: quietConsole(), pretendToBeVisual: false });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses HTML text with jsdom; on failure retries once without styles. */
export function domFromText(text: string, url: string): LoadedPage | LoadFailure {
  try {
    const dom = parse(text, url);
    return { ok: true, dom, document: dom.window.document, encoding: 'UTF-8', encodingSource: 'default', stylesStripped: false };
  } catch (first) {
    try {
      const dom = parse(stripStyles(text), url);
      return { ok: true, dom, document: dom.window.document, encoding: 'UTF-8', encodingSource: 'default', stylesStripped: true };
    } catch (second) {
      return { ok: false, error: `jsdom could not parse the page: ${message(first)}; without styles: ${message(second)}` };
    }
  }
}

export function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}

/** Reads a file's bytes (no parsing). */
export function readBytes(path: string): { ok: true; bytes: Uint8Array } | LoadFailure {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `is a directory: ${path}` : `cannot read ${path}: ${message(error)}` };
  }
}

/** Reads, decodes and parses `path` with page URL `url` (default: the file's file:// URL). */
export function loadHtmlFile(path: string, url: string = fileUrl(path)): LoadedPage | LoadFailure {
  const read = readBytes(path);
  if (!read.ok) return read;
  return loadHtmlBytes(read.bytes, url);
}

export function loadHtmlBytes(bytes: Uint8Array, url: string): LoadedPage | LoadFailure {
  let decoded: DecodedHtml;
  try {
    decoded = decodeHtml(bytes);
  } catch (error) {
    return { ok: false, error: `cannot decode: ${message(error)}` };
  }
  if (tooManyTags(decoded.text)) return { ok: false, tooLarge: true, error: `This page is too large to simplify (more than ${MAX_TAGS} tags in its source).` };
  const page = domFromText(decoded.text, url);
  if (!page.ok) return page;
  return { ...page, encoding: decoded.encoding, encodingSource: decoded.source };
}

/**
 * Closes the page's window (timers, listeners). To run hundreds of pages in one process, also
 * `await yieldToEventLoop()` after each: jsdom tracks live ranges and iterators with WeakRefs, and V8 keeps
 * every WeakRef target alive until the current synchronous job ends, so a synchronous loop over pages
 * frees none of them (measured: ~6 MB retained per corpus page, 2.3 GB RSS for 181 pages).
 */
export function closePage(page: LoadedPage): void {
  try {
    page.dom.window.close();
  } catch {
    // Closing is best effort.
  }
}

/** Lets the current job end so that closed documents held only by WeakRefs can be collected. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
