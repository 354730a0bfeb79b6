// The detector's data: schema.org types and query keys (common.json) and the URL words of non-article
// pages by kind (url-words.json). See schema.ts for what each list means.
import type { CommonDetectRules, UrlWords } from './schema';
import common from './common.json';
import urlWords from './url-words.json';

export type { CommonDetectRules, UrlKind, UrlWords } from './schema';
export { URL_KINDS } from './schema';

export const DETECT_COMMON: CommonDetectRules = common;

export const URL_WORDS: UrlWords = urlWords;
