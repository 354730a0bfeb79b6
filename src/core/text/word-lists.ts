// The word lists of the clutter rule files (src/rules/clutter, schema WordLists) as pattern parts. The
// words are data; the pattern around them (anchors, numbers, punctuation) stays in the code that uses
// it. Lists are merged over common.json and every language file, not per page as rulesFor() merges the
// phrase lists: these patterns have always matched every language's words on every page (a German
// photo credit inside an English article).
import { COMMON_RULES, LANGUAGE_RULES, type WordList } from '../../rules/clutter';

/** Every language's words of `list` (and common.json's), lower case, each once. */
export function everyLanguage(list: WordList): string[] {
  const common = (COMMON_RULES as Partial<Record<WordList, string[]>>)[list] ?? [];
  const all = [...common, ...Object.values(LANGUAGE_RULES).flatMap((rules) => rules[list] ?? [])];
  return [...new Set(all.map((word) => word.toLowerCase()))];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthThenCodePoint = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * A regex alternation matching any of `words` literally, longest first (so "wita" is tried before
 * "wit"); a space inside a phrase matches `space` (a literal space unless given, e.g. "\\s+"). An empty
 * list matches nothing, never the empty string.
 */
export function alternation(words: readonly string[], space = ' '): string {
  if (words.length === 0) return '(?!)';
  return [...words].sort(byLengthThenCodePoint).map((word) => escape(word).replace(/ /g, space)).join('|');
}

/** `alternation` of every language's words of `list`. */
export const wordsOf = (list: WordList, space?: string): string => alternation(everyLanguage(list), space);
