// After an in-app navigation (pushState) many single-page apps render the new story but leave the
// <head> as it was: og:title, JSON-LD and description still describe the previous article, and
// Readability would take its title from them (mozilla/readability#656). For such a page the head's
// metadata is dropped from the clone (the site's name stays: it is still the same site) and the
// headline is read from the page itself.

const STALE_META = /title|description|author|published|modified|image|url|date|section|tag|type|keywords|locale|language/i;

export function dropStaleMetadata(clone: Document): void {
  for (const script of [...clone.querySelectorAll('script[type="application/ld+json"]')]) script.remove();
  for (const meta of [...clone.querySelectorAll('meta[property], meta[name], meta[itemprop]')]) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '';
    if (STALE_META.test(key) && !/site_name/i.test(key)) meta.remove();
  }
}

/** The rendered headline: the page's only h1, if it has exactly one. */
export function renderedHeadline(doc: Document): string {
  const h1s = doc.querySelectorAll('h1');
  return h1s.length === 1 ? (h1s[0]!.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}
