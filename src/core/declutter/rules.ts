import { COMMON_RULES, LANGUAGE_RULES, PHRASE_LISTS, type PhraseList } from '../../rules/clutter';
import { primaryLanguage } from '../text/language-tag';

/** The phrase lists of English and the page's language merged, normalised for matching. */
export interface MergedRules {
  langs: string[];
  phrases: Record<PhraseList, Set<string>>;
  tags: Set<string>;
  attributes: string[];
  iframeHosts: string[];
  classWords: Set<string>;
  headerClassWords: Set<string>;
  hoverCardWords: Set<string>;
  embedClasses: Set<string>;
  imageAlts: Set<string>;
  shareWords: Set<string>;
  monthNames: Set<string>;
  monthNamesNeedingYear: Set<string>;
  creditWords: Set<string>;
  breadcrumbHomes: Set<string>;
  signoffLeads: Set<string>;
}

const NORM_CACHED_LENGTH = 300;
const NORM_CACHE_SIZE = 2000;
const normCache = new Map<string, string>();

/** Lower case, collapsed whitespace, no trailing punctuation: the form phrases are matched in. */
export function normPhrase(text: string): string {
  // The same short line is tested against many lists in a row: its normal form is kept for a while.
  const known = text.length <= NORM_CACHED_LENGTH ? normCache.get(text) : undefined;
  if (known !== undefined) return known;
  const norm = text
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .replace(/[\s:：»›·|•\-–—.…!]+$/u, '')
    .replace(/^[\s»›·|•\-–—]+/u, '')
    .toLowerCase();
  if (text.length <= NORM_CACHED_LENGTH) {
    if (normCache.size >= NORM_CACHE_SIZE) normCache.clear();
    normCache.set(text, norm);
  }
  return norm;
}

const cache = new Map<string, MergedRules>();

/** Rules for a BCP 47 language tag ('' when unknown): common + English + that language. */
export function rulesFor(lang: string): MergedRules {
  const primary = primaryLanguage(lang);
  const langs = [...new Set(['en', primary].filter((l) => l in LANGUAGE_RULES))];
  const key = langs.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const phrases = Object.fromEntries(PHRASE_LISTS.map((list) => [
    list,
    new Set(langs.flatMap((l) => LANGUAGE_RULES[l]![list]).map(normPhrase).filter(Boolean)),
  ])) as Record<PhraseList, Set<string>>;
  const merged: MergedRules = {
    langs,
    phrases,
    tags: new Set(COMMON_RULES.tags),
    attributes: COMMON_RULES.attributes,
    iframeHosts: COMMON_RULES.iframeHosts,
    classWords: new Set(COMMON_RULES.classWords),
    headerClassWords: new Set(COMMON_RULES.headerClassWords),
    hoverCardWords: new Set(COMMON_RULES.hoverCardWords),
    embedClasses: new Set(COMMON_RULES.embedClasses),
    imageAlts: new Set(COMMON_RULES.imageAlts.map(normPhrase)),
    shareWords: new Set(COMMON_RULES.shareWords.map((w) => w.toLowerCase())),
    monthNames: new Set(COMMON_RULES.monthNames),
    monthNamesNeedingYear: new Set(COMMON_RULES.monthNamesNeedingYear),
    creditWords: new Set(COMMON_RULES.creditWords.map((w) => w.toLowerCase())),
    breadcrumbHomes: new Set(COMMON_RULES.breadcrumbHomes.map(normPhrase)),
    signoffLeads: new Set(COMMON_RULES.signoffLeads.map(normPhrase)),
  };
  cache.set(key, merged);
  return merged;
}
