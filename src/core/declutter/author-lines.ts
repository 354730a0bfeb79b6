import { lineWords } from './dom';
import { SENTENCE_END } from './lang-lines';
import { startsWithPhrase } from './phrases';
import { normPhrase, type MergedRules } from './rules';
import { wordsOf } from '../text/word-lists';

// Lines about the story rather than of it, at its head or tail: the byline printed again, the author's
// bio, and prompts ("Sign up for our newsletter", a short pitch ending in one). Each needs a short line
// and the names of the byline or the language's prompt phrases; prose is longer.


const BIO_VERB = new RegExp(`^(?:${wordsOf('bioVerbs')})\\b`, 'i');
/** Between two authors: "Ana Ribeiro, Tomás Quiroga and Li Wei". */
const AUTHOR_SPLIT = new RegExp(`\\s*,\\s*|\\s+(?:${wordsOf('authorJoins')})\\s+`);

/** The byline printed again: "By Scott Gordon", "Robert Burns, AP National Security Writer". */
export function isBylineRepeat(text: string, index: number, authors: string[]): boolean {
  if (authors.length === 0 || lineWords(text).length > 12 || SENTENCE_END.test(text)) return false;
  const norm = normPhrase(text);
  return index < 8 && authors.some((a) => norm.includes(a));
}

/**
 * "Phil Helsel is a reporter for NBC News.", "Emiliano joined pv magazine in March 2017.": the author's
 * bio, among the last lines, under the full name or the given name alone.
 */
export function isAuthorBio(text: string, authors: string[], givenNames: string[]): boolean {
  const norm = normPhrase(text);
  const bio = (name: string) => norm.startsWith(`${name} `) && BIO_VERB.test(norm.slice(name.length + 1));
  return lineWords(text).length <= 80 && (authors.some((a) => norm === a || bio(a)) || givenNames.some(bio));
}

/**
 * The byline's authors of two words or more, normalised, and their given names where they read as one
 * ("Emiliano" of "Emiliano Bellini"; not a brand's "QCY" of "QCY Team").
 */
export function authorsOf(byline: string): { authors: string[]; givenNames: string[] } {
  const names = byline.split(AUTHOR_SPLIT).map((a) => a.trim().split(/\s+/)).filter((parts) => parts.length >= 2);
  return {
    authors: names.map((parts) => normPhrase(parts.join(' '))),
    givenNames: names.filter((parts) => /^\p{Lu}\p{Ll}+$/u.test(parts[0]!)).map((parts) => normPhrase(parts[0]!)),
  };
}

/** Where a sentence ends and a capitalised one begins. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=\p{Lu})/u;
/** A pitch of a few short sentences that ends in the call: "There's plenty more where that came from. Sign up…". */
const MAX_PITCH_WORDS = 40;
/** A prompt's sentence, and each of a pitch's: a call of a line or two. */
const MAX_CALL_WORDS = 25;

/**
 * A prompt line: short, or a call that ends in "!" / "?", or a short pitch whose last sentence is the
 * call; a long plain sentence is prose.
 */
export function isClosingPrompt(text: string, rules: MergedRules): boolean {
  const n = lineWords(text).length;
  if ((n <= 15 || (n <= MAX_CALL_WORDS && /[!?]["”’)]?$/u.test(text))) && startsWithPhrase(text, rules.phrases.prompts)) return true;
  if (n > MAX_PITCH_WORDS) return false;
  // A pitch is punchy: a story's paragraph that ends in an invitation has a sentence of news before it.
  const sentences = text.split(SENTENCE_BREAK);
  const last = sentences.pop()!;
  return sentences.length > 0 && [...sentences, last].every((s) => lineWords(s).length <= MAX_CALL_WORDS) &&
    startsWithPhrase(last, rules.phrases.prompts);
}
