// Public entry points of the pure core: (doc, url, options) in, plain data out.
export { extractArticle, type ExtractOptions } from './extract';
export { sanitizeArticleHtml } from './sanitize';
export type { Article, ExtractOutcome } from './article';
export type { Removal } from './article';
