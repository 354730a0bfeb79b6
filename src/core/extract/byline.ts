// Who wrote the article, as plain text: "Ana Ribeiro, Tomás Quiroga". The first source that names anyone
// wins (mixing sources gives "Ana Ribeiro, ANA RIBEIRO, The Daily Star"): JSON-LD, then author
// metas (URLs ignored: article:author is usually a profile link), rel=author links, microdata, and last
// the byline next to the headline (hCard, links to author pages, an element classed "author").
import { metaSelectorKey, metaValues } from './meta-index';
import { decodedText, isUrlLike, type JsonLdArticle } from './json-ld';
import { headlineScopes } from './published';
import { wordsOf } from '../text/word-lists';

const META_SELECTORS = [
  'meta[name="author" i]', 'meta[property="article:author" i]', 'meta[name="article:author" i]',
  'meta[name="sailthru.author" i]', 'meta[name="parsely-author" i]', 'meta[name="dc.creator" i]',
  'meta[name="dcterms.creator" i]', 'meta[name="byl" i]',
  // Kompas/Detik-style CMSs (Indonesian news sites).
  'meta[name="content_author" i]',
];

/** "By", "Written by" and their Indonesian/Malay, German, French and Spanish/Portuguese forms (language files). */
const PREFIX = new RegExp(`^(?:${wordsOf('bylinePrefixes', '\\s+')})\\s*:?\\s+`, 'i');
const MAX_NAME = 100;

/** A person's name from a byline fragment, or '' when it is none (a URL, too long, no letters). */
export function cleanAuthor(doc: Document, value: string | null | undefined): string {
  let name = decodedText(doc, value);
  for (let i = 0; i < 2 && PREFIX.test(name); i++) name = name.replace(PREFIX, '').trim();
  name = name.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
  if (!name || name.length > MAX_NAME || isUrlLike(name) || !/\p{L}/u.test(name)) return '';
  return name;
}

function unique(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** The article element holding the headline, where page-wide selectors are narrowed to; else the document. */
function articleScope(doc: Document): ParentNode {
  return headlineScopes(doc).find((el) => el.tagName === 'ARTICLE') ?? doc;
}

function fromMeta(doc: Document): string[] {
  return META_SELECTORS.flatMap((selector) => {
    const key = metaSelectorKey(selector);
    const contents = key ? metaValues(doc, key) : Array.from(doc.querySelectorAll(selector), (m) => m.getAttribute('content') ?? '');
    return contents.map((content) => cleanAuthor(doc, content));
  });
}

function fromRelAuthor(doc: Document): string[] {
  return Array.from(articleScope(doc).querySelectorAll('a[rel~="author" i], link[rel~="author" i][title]')).map((a) =>
    cleanAuthor(doc, a.tagName === 'LINK' ? a.getAttribute('title') : a.textContent),
  );
}

function fromMicrodata(doc: Document): string[] {
  const nodes = Array.from(articleScope(doc).querySelectorAll('[itemprop~="author"]')).filter(
    (el) => !el.parentElement?.closest('[itemprop~="author"], [itemprop~="comment"], [itemtype*="Comment"]'),
  );
  return nodes.map((el) => {
    const named = el.querySelector('[itemprop~="name"]');
    const source = named ?? el;
    return cleanAuthor(doc, source.getAttribute('content') ?? (source.tagName === 'META' ? '' : source.textContent));
  });
}

/** Links to author pages, /author/ana-ribeiro, /autoren/…, /penulis/…, /staff/… (words: language files). */
const AUTHOR_PATH = new RegExp(`\\/(?:${wordsOf('authorPathWords')})\\/[^/?#]+`, 'i');
/** A byline element's class: "author", "autor-name", "byline" (words: language files; "name" is markup's). */
const AUTHOR_CLASS = new RegExp(`(?:^|[\\s_-])(?:${wordsOf('authorClassWords')})(?:name)?(?:$|[\\s_-])`, 'i');

function fromHeadline(doc: Document): string[] {
  for (const scope of headlineScopes(doc)) {
    const hcard = Array.from(scope.querySelectorAll('.author .fn, .byline .fn, .vcard.author .fn, .h-card .p-name'));
    const cards = unique(hcard.map((el) => cleanAuthor(doc, el.textContent)));
    if (cards.length) return cards;
    const links = Array.from(scope.querySelectorAll('a[href]')).filter((a) => {
      try {
        return AUTHOR_PATH.test(new URL(a.getAttribute('href') ?? '', 'https://host.invalid/').pathname) && !a.closest('nav, footer, aside, [class*="comment"]');
      } catch {
        return false;
      }
    });
    const linked = unique(links.map((a) => cleanAuthor(doc, a.textContent)));
    if (linked.length) return linked;
    // An element classed like a byline, short, its dates left out: <span class="author">Carmen Sancho</span>.
    const classed = Array.from(scope.querySelectorAll('[class]')).filter((el) => AUTHOR_CLASS.test(el.getAttribute('class') ?? ''));
    classed.sort((a, b) => Number(/byline/i.test(a.getAttribute('class') ?? '')) - Number(/byline/i.test(b.getAttribute('class') ?? '')));
    for (const el of classed) {
      if (el.closest('[class*="comment"]') || el.querySelector('img:only-child')) continue;
      const copy = el.cloneNode(true) as Element;
      for (const drop of Array.from(copy.querySelectorAll('time, script, style'))) drop.remove();
      const name = cleanAuthor(doc, copy.textContent);
      if (name && name.length <= 60) return [name];
    }
  }
  return [];
}

/** Author names for the article, joined with ", " ('' when the page names none). */
export function byline(doc: Document, jsonLd?: JsonLdArticle | null): string {
  const sources: (() => string[])[] = [
    () => (jsonLd?.authors ?? []).map((a) => cleanAuthor(doc, a)),
    () => fromMeta(doc),
    () => fromRelAuthor(doc),
    () => fromMicrodata(doc),
    () => fromHeadline(doc),
  ];
  for (const source of sources) {
    const names = unique(source());
    if (names.length) return names.join(', ');
  }
  return '';
}
