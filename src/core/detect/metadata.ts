// What the page says about itself: schema.org types (JSON-LD and microdata), og:type, a publication date.
// Metadata is evidence, never the verdict: index pages declare og:type=article and home pages list
// NewsArticle items.
import { DETECT_COMMON } from '../../rules/detect';
import { eachTag, type Weigh } from './evidence';
import type { PageKind } from './index';

// Regular expressions rather than JSON.parse: broken JSON-LD (trailing commas, several objects in one
// script) reads the same, and types are found at any depth, @graph included, without walking the tree.
const TYPE_RE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const DATE_KEY_RE = /publish|pubdate|^date$|^dc\.date/i;
const { newsTypes, articleTypes, pageTypes } = DETECT_COMMON;

/**
 * Weighs what the page declares; returns the kind it declares if it is an article: 'news' for a news
 * type or a publication date (article:published_time, datePublished…), 'article' for another article
 * type (BlogPosting, TechArticle…: another kind of article even when dated), '' when it says neither.
 */
export function weighMetadata(doc: Document, weigh: Weigh): PageKind | '' {
  // Every declared type, each closed by a quote: "NewsArticle"["WebPage","https://schema.org/Article"…
  let declared = '';
  let dated = false;
  let og = '';
  eachTag(doc, 'script', 200, (script) => {
    if (!/ld\+json/i.test((script as HTMLScriptElement).type)) return;
    const json = script.textContent!.slice(0, 1e5);
    for (const [, value] of json.matchAll(TYPE_RE)) declared += value;
    dated ||= json.includes('"datePublished"');
  });
  // Microdata types. itemprop=articleBody was weighed too, until measured: of WCXB's 1,497 dev pages it
  // decided one verdict, a documentation page's.
  for (const el of doc.querySelectorAll('[itemtype]')) declared += `${el.getAttribute('itemtype')}"`;
  // A type's name is the last word before its closing quote; the lists hold names or their ends
  // ("NewsArticle" also names ReportageNewsArticle, "Article" TechArticle).
  const names = declared.match(/\w+(?=")/g) ?? [];
  const [news, article, page] = [newsTypes, articleTypes, pageTypes].map((list) => names.find((name) => list.some((end) => name.endsWith(end))));
  // A page type counts only when no article type sits beside it: stories embed videos and item lists.
  const type = news ?? article ?? page;
  if (type) weigh(news ? 3 : article ? 2 : -3, `type:${type}`);
  eachTag(doc, 'meta', 200, (meta) => {
    const key = meta.getAttribute('property') || (meta as HTMLMetaElement).name || meta.getAttribute('itemprop') || '';
    const content = (meta as HTMLMetaElement).content.toLowerCase();
    if (key === 'og:type') og = content;
    else dated ||= !!content && DATE_KEY_RE.test(key);
  });
  // A site's own pages say "website": on WCXB's dev split 67% of forum threads, 48% of service pages, 27-40%
  // of shop, listing and docs pages, but also 16% of articles, so it weighs less than a video or a product.
  if (og === 'article') weigh(1, 'og:article');
  else if (/^(video|product|profile|website)/.test(og)) weigh(og < 'w' ? -3 : -1.5, `og:${og}`);
  if (dated) weigh(1, 'published');
  return news ? 'news' : article && article !== 'Article' ? 'article' : dated ? 'news' : '';
}
