// The shape of the detector's data (src/rules/detect). Data only: src/core/detect reads it.
//
// url-words.json: words that name a kind of page that is not an article, in English, German, Spanish,
// French, Indonesian, Italian, Malay, Dutch and Portuguese together: a page's language is not known from
// its address, so every word is checked on every page, and one list per kind keeps the content script
// small (each word once, even where languages share it: "foto", "pagina", "kategori"). A path segment or
// the host's first label equal to a word ("/suche/", "/tags/…", "/log-masuk", "docs.example.org"),
// after lower-casing and dropping a file extension, is evidence against an article. Words inside a slug
// never count. Words are ASCII, as sites write them in addresses ("categoria", not "categoría"); every
// list is sorted by code point, has no duplicates, and a word names one kind only. "service" is a business's
// offer (/services/, /solutions/, /pricing/, /programs/), words in 15% of service pages' addresses and
// in one of 792 articles' on WCXB's dev split.
export const URL_KINDS = [
  'category', 'docs', 'forum', 'gallery', 'listing', 'login', 'search', 'service', 'shop', 'tag', 'video',
] as const;

export type UrlKind = (typeof URL_KINDS)[number];

export type UrlWords = Record<UrlKind, string[]>;

/**
 * common.json: schema.org types and query keys, the same in every language. A type list holds names or
 * the ends of names: "NewsArticle" stands for ReportageNewsArticle and AnalysisNewsArticle too,
 * "Article" for TechArticle and ScholarlyArticle, "Gallery" for ImageGallery and VideoGallery.
 */
export interface CommonDetectRules {
  /** JSON-LD / microdata types of a news story (NewsArticle and its subtypes, LiveBlogPosting). */
  newsTypes: string[];
  /** Types of an article that is not declared as news: Article, BlogPosting, TechArticle… */
  articleTypes: string[];
  /** Types that describe a page that is not one article: CollectionPage, SearchResultsPage, Product… */
  pageTypes: string[];
  /** Query keys of a site search ("?q=", WordPress "?s="): with a value, the page is a search. */
  searchKeys: string[];
}
