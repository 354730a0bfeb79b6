// The name lists as the tagger and the view's corrections read them: places, well-known organisations
// and first/last names from gazetteer.json, matched case-sensitively against token texts.
import commonWords from '../../rules/entities/common-words.json';
import gazetteer from '../../rules/entities/gazetteer.json';
import { primaryLanguage } from '../text/language-tag';

/** Names indexed by their first word, each list longest first. */
export type NameIndex = Map<string, string[][]>;

export function nameIndex(names: readonly string[]): NameIndex {
  const byFirst: NameIndex = new Map();
  for (const name of names) {
    const words = name.split(/\s+/);
    const list = byFirst.get(words[0] ?? '') ?? [];
    list.push(words);
    byFirst.set(words[0] ?? '', list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** How many words the longest listed name starting at `words[i]` has (0 when none starts there). */
export function longestNameAt(index: NameIndex, words: readonly string[], i: number): number {
  const hit = index.get(words[i] ?? '')?.find((c) => c.every((w, k) => words[i + k] === w));
  return hit?.length ?? 0;
}

const PLACES = nameIndex(gazetteer.place);
const ORGS = nameIndex(gazetteer.org);

/** Per token: `begin`/`inside` for the longest listed name starting/continuing there, '' otherwise. */
function listMarks(list: NameIndex, words: readonly string[], begin: string, inside: string): string[] {
  const marks = words.map(() => '');
  for (let i = 0; i < words.length; i++) {
    const length = longestNameAt(list, words, i);
    if (!length) continue;
    marks[i] = begin;
    for (let k = 1; k < length; k++) marks[i + k] = inside;
    i += length - 1;
  }
  return marks;
}

/** Per token: 'B'/'I' when it begins/continues a listed place name, '' otherwise. */
export function placeMarks(words: readonly string[]): string[] {
  return listMarks(PLACES, words, 'B', 'I');
}

/** Place marks, else 'OB'/'OI' for a listed organisation: the g= feature carries both (no extra feature, same speed). */
export function listHits(words: readonly string[]): string[] {
  const places = placeMarks(words);
  const orgs = listMarks(ORGS, words, 'OB', 'OI');
  return places.map((m, i) => m || (orgs[i] ?? ''));
}

const ORG_NAMES = new Set(gazetteer.org);
/** A well-known organisation's name as written ("Reuters", "Kremlin"). */
export const isListedOrg = (text: string) => ORG_NAMES.has(text);

const FIRST_NAMES = new Set(gazetteer.firstName);
const LAST_NAMES = new Set(gazetteer.lastName);

/** Per token: 'F' for a listed first name, 'L' for a listed last name, 'FL' for both, '' otherwise. */
export function nameMarks(words: readonly string[]): string[] {
  return words.map((w) => (FIRST_NAMES.has(w) ? 'F' : '') + (LAST_NAMES.has(w) ? 'L' : ''));
}

const COMMON: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(commonWords).map(([l, w]) => [l, new Set(w)]));

/**
 * A language's common words (lower case), which the training text writes in lower case and never inside
 * a name (common-words.json); undefined for a language without a list.
 */
export const commonWordsOf = (lang: string): ReadonlySet<string> | undefined => COMMON[primaryLanguage(lang)];
