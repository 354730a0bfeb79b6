import { metaSelectorKey, metaValues } from './meta-index';

// Small, plain-text metadata helpers: everything returned here is text or a checked URL, never markup.

const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A BCP 47 language tag, or '' when the page's value is not one ("id_ID" becomes "id-ID"). */
export function cleanLang(value: string | null | undefined): string {
  const tag = (value ?? '').trim().replace(/_/g, '-');
  return BCP47.test(tag) ? tag : '';
}

export function cleanDir(value: string | null | undefined): 'ltr' | 'rtl' | 'auto' {
  const dir = (value ?? '').trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : 'auto';
}

/** Collapses whitespace and drops anything tag-like that a site put in a meta value. */
export function plainText(value: string | null | undefined): string {
  return (value ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** An absolute http(s) URL resolved against `base`, or '' for anything else. */
export function httpUrl(value: string | null | undefined, base: string): string {
  if (!value) return '';
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

export function metaContent(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const key = metaSelectorKey(selector);
    const contents = key ? metaValues(doc, key) : [doc.querySelector(selector)?.getAttribute('content') ?? ''];
    const content = contents.find((c) => c.trim());
    if (content) return content.trim();
  }
  return '';
}

export function leadImage(doc: Document, base: string): string {
  return httpUrl(
    metaContent(doc, ['meta[property="og:image"]', 'meta[name="og:image"]', 'meta[name="twitter:image"]', 'meta[property="twitter:image"]']),
    base,
  );
}
