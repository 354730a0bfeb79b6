// Every <meta> of a document, indexed once by its property, name, itemprop and http-equiv (lower
// case). Looking metas up one CSS attribute selector at a time scanned the whole document for each
// key and cost more than Readability itself under jsdom.
import { elementsByTag } from '../elements';

export type MetaIndex = ReadonlyMap<string, readonly string[]>;

const cache = new WeakMap<Document, MetaIndex>();

export function metaIndex(doc: Document): MetaIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const index = new Map<string, string[]>();
  for (const meta of elementsByTag(doc, 'meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(content);
      index.set(key, list);
    }
  }
  cache.set(doc, index);
  return index;
}

/** The contents of the metas named `key` (any of property/name/itemprop/http-equiv, any case). */
export function metaValues(doc: Document, key: string): readonly string[] {
  return metaIndex(doc).get(key.toLowerCase()) ?? [];
}

/** `meta[property="og:image"]`, `meta[name="author" i]` → the key; null for any other selector. */
export function metaSelectorKey(selector: string): string | null {
  const match = /^meta\[(?:property|name|itemprop|http-equiv)=["']([^"']+)["'](?:\s+i)?\]$/.exec(selector.trim());
  return match ? match[1]! : null;
}
