// Every clutter phrase file, by language. Data only: the declutter code merges common + en + the
// page's language (English labels are common on pages in every language).
import type { CommonRules, LanguageRules } from './schema';
import common from './common.json';
import en from './en.json';
import id from './id.json';

export type { CommonRules, LanguageRules, PhraseList } from './schema';
export { PHRASE_LISTS } from './schema';

export const COMMON_RULES: CommonRules = common;

export const LANGUAGE_RULES: Readonly<Record<string, LanguageRules>> = { en, id };
