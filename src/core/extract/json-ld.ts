// The article node of a page's schema.org JSON-LD, read robustly. Sites nest it every way the format
// allows (a top-level array, @graph, mainEntity/mainEntityOfPage, @id references to Person and
// Organization nodes elsewhere in the graph, @type as a string, an array or a full IRI) and some ship a
// broken block next to a good one. Readability 0.6 reads the first matching node only, without references.
// Everything returned is plain text or a checked http(s) URL: never markup.
import { htmlParserOf } from '../inert-html';
import { cleanLang, httpUrl, plainText } from './metadata';
import detectTypes from '../../rules/detect/common.json';

export interface JsonLdArticle {
  /** The schema.org type that matched, e.g. "NewsArticle". */
  type: string;
  headline: string;
  /** Author names in order, deduplicated; URLs are never names. */
  authors: string[];
  publisher: string;
  datePublished: string;
  dateModified: string;
  /** An absolute http(s) URL or ''. */
  image: string;
  /** A BCP 47 tag or ''. */
  inLanguage: string;
  description: string;
}

// The article types are the classifier's (src/rules/detect/common.json, one list for both): names or the
// ends of names, so "NewsArticle" stands for ReportageNewsArticle and "Article" for TechArticle. The
// JSON file itself, not the detector's rules module: it travels in the chunk the always-injected
// content script shares with the extension's pages (vite.config.ts), not in a copy of its own.
const ARTICLE_TYPE_ENDS = [...detectTypes.newsTypes, ...detectTypes.articleTypes];
const isArticleType = (type: string) => ARTICLE_TYPE_ENDS.some((end) => type.endsWith(end));

/** Nodes looked at per page, against pathological graphs. */
const MAX_NODES = 5000;

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

// Without a parser (a clone's head): numeric references and the few names metadata uses.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeBasic = (text: string) => text
  .replace(/<[^>]*>?/g, '')
  .replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, n: string) => {
    const code = n[0] === 'x' || n[0] === 'X' ? Number.parseInt(n.slice(1), 16) : Number(n);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  })
  .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);

/**
 * Text with HTML entities decoded and any markup dropped: JSON-LD and meta values often carry "&amp;",
 * "&#8217;" or even tags. Decoding parses inertly (inert-html.ts: nothing loads or runs); tags that
 * decoding produces ("&lt;b&gt;") are stripped as well.
 */
export function decodedText(doc: Document, value: string | null | undefined): string {
  const raw = value ?? '';
  if (!/[&<]/.test(raw)) return plainText(raw);
  const parse = htmlParserOf(doc);
  const decoded = parse ? (parse(raw).body.textContent ?? '') : decodeBasic(raw);
  return plainText(decoded.replace(/<[a-z!/?][^>]*$/i, ''));
}

function parseJson(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim();
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    // Raw line breaks and tabs inside strings are the commonest breakage; as spaces they are valid anywhere.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every parseable JSON-LD block of the page, in document order. */
export function jsonLdBlocks(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const value = parseJson(script.textContent ?? '');
    if (value !== undefined) blocks.push(value);
  }
  return blocks;
}

/** The node's @type values without a vocabulary prefix ("https://schema.org/NewsArticle" → "NewsArticle"). */
function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^.*[/:#]/, ''));
}

/**
 * Candidate nodes breadth first (top-level items, then @graph members, then mainEntity…), so a page's
 * own article wins over one nested deeper; and every node with an @id, to resolve references.
 */
function collect(blocks: unknown[]): { nodes: JsonObject[]; ids: Map<string, JsonObject> } {
  const nodes: JsonObject[] = [];
  const ids = new Map<string, JsonObject>();
  const queue: unknown[] = [...blocks];
  const seen = new Set<unknown>();
  while (queue.length > 0 && nodes.length < MAX_NODES) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value);
      continue;
    }
    if (!isObject(value) || seen.has(value)) continue;
    seen.add(value);
    nodes.push(value);
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !ids.has(id)) ids.set(id, value);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'author', 'creator', 'publisher', 'image', 'hasPart', 'isPartOf']) {
      if (key in value) queue.push(value[key]);
    }
  }
  return { nodes, ids };
}

/** The article node of the page's JSON-LD, or null when it has none. */
export function jsonLdArticle(doc: Document, url: string): JsonLdArticle | null {
  const { nodes, ids } = collect(jsonLdBlocks(doc));
  const node = nodes.find((n) => typesOf(n).some(isArticleType));
  if (!node) return null;

  // {"@id": "…#/schema/person/1"} stands for the graph node with that @id, unless it carries a name or URL itself.
  const resolve = (value: unknown): unknown => {
    if (!isObject(value) || 'name' in value || 'url' in value) return value;
    const id = value['@id'];
    return typeof id === 'string' ? (ids.get(id) ?? value) : value;
  };
  const text = (value: unknown): string => {
    for (const item of asArray(value)) {
      const raw = typeof item === 'string' || typeof item === 'number' ? String(item) : isObject(item) && typeof item['@value'] === 'string' ? item['@value'] : '';
      const out = decodedText(doc, raw);
      if (out) return out;
    }
    return '';
  };
  const name = (value: unknown): string => {
    const target = resolve(value);
    if (!isObject(target)) return text(target);
    const direct = text(target.name);
    if (direct) return direct;
    return plainText(`${text(target.givenName)} ${text(target.familyName)}`);
  };

  const authors: string[] = [];
  const authorField = node.author ?? node.creator;
  for (const author of asArray(authorField)) {
    const value = name(author);
    if (value && !isUrlLike(value) && !authors.some((a) => a.toLowerCase() === value.toLowerCase())) authors.push(value);
  }

  return {
    type: typesOf(node).find(isArticleType) ?? 'Article',
    headline: text(node.headline) || text(node.name),
    authors,
    publisher: asArray(node.publisher).map(name).find(Boolean) ?? '',
    datePublished: text(node.datePublished) || text(node.dateCreated),
    dateModified: text(node.dateModified),
    image: imageUrl(node.image, url, resolve) || imageUrl(node.thumbnailUrl, url, resolve),
    inLanguage: language(node.inLanguage ?? node.language, resolve),
    description: text(node.description),
  };
}

/** A value that is a link, not a name ("https://…/staff/ana", "www.x.com", "/authors/ana"). */
export function isUrlLike(value: string): boolean {
  const v = value.trim();
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(v) || /^www\./i.test(v) || (!/\s/.test(v) && v.includes('/'));
}

function imageUrl(value: unknown, base: string, resolve: (v: unknown) => unknown): string {
  for (const item of asArray(value)) {
    const target = resolve(item);
    if (typeof target === 'string') {
      const url = httpUrl(target, base);
      if (url) return url;
    } else if (isObject(target)) {
      for (const key of ['url', 'contentUrl']) {
        const url = typeof target[key] === 'string' ? httpUrl(target[key], base) : '';
        if (url) return url;
      }
    }
  }
  return '';
}

function language(value: unknown, resolve: (v: unknown) => unknown): string {
  for (const item of asArray(value)) {
    const target = resolve(item);
    const candidates = isObject(target) ? [target.alternateName, target.name] : [target];
    for (const candidate of candidates) {
      const tag = typeof candidate === 'string' ? cleanLang(candidate) : '';
      if (tag) return tag;
    }
  }
  return '';
}
