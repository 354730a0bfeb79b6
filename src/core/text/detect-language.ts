// Guesses a text's language when the page declares none (no <html lang>, Content-Language or
// og:locale). Pure: text in, ISO 639-1 code out, '' when the text is short or the evidence is weak.
// The data (scripts, distinctive letters, frequent function words) is src/rules/language-hints.json.
import hintsData from '../../rules/language-hints.json';

export interface LanguageHint {
  /** English name of the language. */
  name: string;
  /** Unicode scripts the language is written in (Latin, Cyrillic, Arabic, Hangul, Hiragana, Katakana, Han). */
  scripts: string[];
  /** Letters that are typical of the language among those sharing its script (lower case). */
  letters: string;
  /** Letters of other languages in the same script; frequent ones mean "not this language". */
  otherLetters: string;
  /** Very frequent function words (lower case); for Chinese and Japanese, frequent characters/particles. */
  words: string[];
}

export const LANGUAGE_HINTS: Readonly<Record<string, LanguageHint>> = hintsData;

/** At most this many words (and characters) of the text are looked at. */
const MAX_WORDS = 3000;
const MAX_CHARS = 60_000;
/** Fewer words than this (alphabetic scripts) or CJK characters than this: too short to tell. */
const MIN_WORDS = 15;
const MIN_CJK_CHARS = 20;
/** Function-word hits the winning language needs, in number and as a share of all tokens. */
const MIN_HITS = 4;
const MIN_WORD_RATIO = 0.16;
/** Tokens carrying Vietnamese-only letters, as a share of all tokens, that settle on Vietnamese. */
const VI_TOKEN_RATIO = 0.15;
/**
 * Share of tokens with letters of another same-script language (Ukrainian і for Russian, Persian ی for
 * Arabic, Romanian ș or Czech ř for the Latin languages) that rules the winner out; a few foreign names
 * stay below it.
 */
const MAX_OTHER_LETTER_RATIO = 0.05;
/** Kana share of Japanese/Chinese characters: at least JA_KANA is Japanese, below ZH_KANA is Chinese. */
const JA_KANA = 0.1;
const ZH_KANA = 0.03;
/** Share of the (weighted) letters the main script must have; below it the text is mixed: ''. */
const DOMINANT_SHARE = 0.6;

type ScriptGroup = 'Latin' | 'Cyrillic' | 'Arabic' | 'Hangul' | 'CJK' | 'Other';

const SCRIPT_RE =
  /(\p{Script=Latin})|(\p{Script=Cyrillic})|(\p{Script=Arabic})|(\p{Script=Hangul})|([\p{Script=Hiragana}\p{Script=Katakana}])|(\p{Script=Han})|(\p{L})/gu;
const TOKEN_RE = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

interface ScriptCounts {
  Latin: number;
  Cyrillic: number;
  Arabic: number;
  Hangul: number;
  kana: number;
  han: number;
  Other: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { Latin: 0, Cyrillic: 0, Arabic: 0, Hangul: 0, kana: 0, han: 0, Other: 0 };
  for (const m of text.matchAll(SCRIPT_RE)) {
    if (m[1]) counts.Latin++;
    else if (m[2]) counts.Cyrillic++;
    else if (m[3]) counts.Arabic++;
    else if (m[4]) counts.Hangul++;
    else if (m[5]) counts.kana++;
    else if (m[6]) counts.han++;
    else counts.Other++;
  }
  return counts;
}

/** The script most of the letters are in (CJK characters weigh more: one carries a word or syllable). */
function dominantScript(c: ScriptCounts): ScriptGroup | '' {
  const weighted: [ScriptGroup, number][] = [
    ['Latin', c.Latin],
    ['Cyrillic', c.Cyrillic],
    ['Arabic', c.Arabic],
    ['Hangul', c.Hangul * 2],
    ['CJK', c.kana * 2 + c.han * 3],
    ['Other', c.Other],
  ];
  const total = weighted.reduce((sum, [, n]) => sum + n, 0);
  const [best, n] = weighted.reduce((a, b) => (b[1] > a[1] ? b : a));
  return total > 0 && n / total >= DOMINANT_SHARE ? best : '';
}

/** The first MAX_WORDS words of the text, NFC-normalised and lower-cased. */
function sample(text: string): string {
  return text.slice(0, MAX_CHARS).normalize('NFC').split(/\s+/, MAX_WORDS).join(' ').toLowerCase();
}

function hasAny(token: string, letters: string): boolean {
  for (const ch of token) if (letters.includes(ch)) return true;
  return false;
}

/** Occurrences of a CJK language's particles/characters in the text (no word boundaries there). */
function substringHits(text: string, words: readonly string[]): number {
  let hits = 0;
  for (const word of words) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) hits++;
  }
  return hits;
}

interface Candidate {
  lang: string;
  words: Set<string>;
  letters: string;
  /** Function words, plus half a point per token with a letter only this candidate has. */
  hits: number;
}

/**
 * Evidence for `a` that `b` lacks: tokens that are function words of `a` but not of `b`, plus half a
 * point per token with a letter typical of `a` but not of `b`. Shared words (Indonesian and Malay share
 * most of theirs) cancel out, so the languages' discriminating words decide.
 */
function exclusive(a: Candidate, b: Candidate, tokens: readonly string[]): number {
  const letters = [...a.letters].filter((ch) => !b.letters.includes(ch)).join('');
  let score = 0;
  for (const token of tokens) {
    if (a.words.has(token) && !b.words.has(token)) score += 1;
    if (letters && hasAny(token, letters)) score += 0.5;
  }
  return score;
}

/**
 * Picks among languages sharing a script by their function words; '' unless one clearly wins. A token
 * with a letter no other candidate has (Turkish ı ğ ş, Polish ł ę, German ß) counts half a hit: it
 * helps languages whose grammar glues function words onto others (Turkish).
 */
function byFunctionWords(langs: readonly string[], tokens: readonly string[]): string {
  const hints = langs.map((lang) => LANGUAGE_HINTS[lang]!);
  const candidates: Candidate[] = langs.map((lang, i) => {
    const hint = hints[i]!;
    const words = new Set(hint.words);
    const unique = [...hint.letters].filter((ch) => hints.every((h) => h === hint || !h.letters.includes(ch))).join('');
    const wordHits = tokens.filter((t) => words.has(t)).length;
    const letterHits = unique ? tokens.filter((t) => hasAny(t, unique)).length : 0;
    return { lang, words, letters: hint.letters, hits: wordHits + letterHits / 2 };
  });
  const max = Math.max(0, ...candidates.map((c) => c.hits));
  if (max < MIN_HITS || max / tokens.length < MIN_WORD_RATIO) return '';
  const pool = candidates.filter((c) => c.hits >= max * 0.5);
  const winners = pool.filter((a) => pool.every((b) => {
    if (a === b) return true;
    const forA = exclusive(a, b, tokens);
    return forA >= 2 && forA >= 2 * exclusive(b, a, tokens);
  }));
  const winner = winners.length === 1 ? winners[0]! : undefined;
  if (!winner) return '';
  const other = LANGUAGE_HINTS[winner.lang]!.otherLetters;
  if (other && tokens.filter((t) => hasAny(t, other)).length / tokens.length >= MAX_OTHER_LETTER_RATIO) return '';
  return winner.lang;
}

function langsWritten(script: string): string[] {
  return Object.keys(LANGUAGE_HINTS).filter((lang) => LANGUAGE_HINTS[lang]!.scripts.includes(script));
}

/** The language of `text` as an ISO 639-1 code, or '' when it is too short or ambiguous. */
export function detectLanguage(text: string): string {
  const sampled = sample(text);
  const counts = countScripts(sampled);
  const script = dominantScript(counts);
  if (script === '' || script === 'Other') return '';

  if (script === 'Hangul') {
    if (counts.Hangul < MIN_CJK_CHARS) return '';
    const words = new Set(LANGUAGE_HINTS.ko!.words);
    return (sampled.match(TOKEN_RE) ?? []).some((t) => words.has(t)) ? 'ko' : '';
  }
  if (script === 'CJK') {
    const cjk = counts.kana + counts.han;
    if (cjk < MIN_CJK_CHARS) return '';
    const kanaShare = counts.kana / cjk;
    const lang = kanaShare >= JA_KANA ? 'ja' : kanaShare < ZH_KANA ? 'zh' : '';
    return lang && substringHits(sampled, LANGUAGE_HINTS[lang]!.words) >= 3 ? lang : '';
  }

  const tokens = (sampled.match(TOKEN_RE) ?? []).filter((t) => /\p{L}/u.test(t));
  if (tokens.length < MIN_WORDS) return '';
  if (script === 'Latin') {
    const vi = LANGUAGE_HINTS.vi!.letters;
    if (tokens.filter((t) => hasAny(t, vi)).length / tokens.length >= VI_TOKEN_RATIO) return 'vi';
  }
  return byFunctionWords(langsWritten(script), tokens);
}
