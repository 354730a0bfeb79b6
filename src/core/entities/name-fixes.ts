// Corrections on whole names, after the word-level ones of refine-tags.ts: lower-case tails, common
// words, organisation tails, articled "people", quoted speakers. Each takes token texts and tags (in place).
import cues from '../../rules/entities/cues.json';
import names from '../../rules/entities/names.json';
import { isCapital, isWord, label, spanEnd } from './tag-edits';
import type { Tag } from './types';

const DETERMINERS = new Set(names.determiners);
const SPEECH_VERBS = new Set(names.speechVerbs);
/** Last words that make a name a company or body: "Sdn Bhd", "Inc", "Partners", "Ministry". */
const ORG_TAILS = new Set([...cues.orgSuffix, ...names.orgTails]);
/** Last words that make a name a place: "Brennan Falls", "Harmon Road" are never people. */
const PLACE_TAILS = new Set(names.placeTails);
const POSSESSIVE = /^['’]s$/i;
const tailOf = (words: readonly string[], end: number) => (words[end - 1] ?? '').toLowerCase().replace(/\.$/, '');

/**
 * Lower-case words at either end of a name are the sentence's: "Ukraina timur" names Ukraina, "pemerintah
 * Korea Utara" (the North Korean government) names Korea Utara. At the front, only words of four letters
 * or more: shorter ones are name particles ("van Gogh", "bin Laden", "de Gaulle").
 */
export function trimLowerCaseEnds(words: readonly string[], tags: Tag[]): void {
  const lowerWord = (k: number) => isWord(words[k] ?? '') && !isCapital(words[k] ?? '');
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const type = tags[i]?.slice(2) ?? '';
    const end = spanEnd(tags, i);
    let last = end - 1;
    while (last > i && lowerWord(last)) last -= 1;
    if (last < end - 1) label(tags, last + 1, end, 'O');
    let first = i;
    while (first < last && lowerWord(first) && (words[first] ?? '').length >= 4) first += 1;
    if (first > i) {
      label(tags, i, first, 'O');
      label(tags, first, last + 1, type);
    }
    i = end - 1;
  }
}

export function dropCommonWords(words: readonly string[], tags: Tag[], common: ReadonlySet<string>): void {
  // The sentence's first word, after any opening quote or bracket.
  const first = words.findIndex(isWord);
  if (first >= 0 && tags[first] !== 'O' && common.has((words[first] ?? '').toLowerCase())) label(tags, first, first + 1, 'O');
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    const end = spanEnd(tags, i);
    if (words.slice(i, end).every((w) => common.has(w.toLowerCase()))) label(tags, i, end, 'O');
    i = end - 1;
  }
}

/** A multi-word name that ends in a company or body word is an organisation, whatever the model said. */
export function retypeOrgTails(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const end = spanEnd(tags, i);
    const tail = (words[end - 1] ?? '').toLowerCase().replace(/\.$/, '');
    if (end - i >= 2 && tags[i] !== 'B-ORG' && ORG_TAILS.has(tail)) label(tags, i, end, 'ORG');
    i = end - 1;
  }
}

/**
 * "Northern Port Workers' Union", "Kestrel Commodities": a name the model ended early, followed by
 * capitalised words (and possessive marks) that end in a company or body word, is that organisation.
 */
export function extendToOrgTails(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const end = spanEnd(tags, i);
    let k = end;
    let tail = -1;
    while (k < words.length && tags[k] === 'O' && (isCapital(words[k] ?? '') || /^['’]s?$/.test(words[k] ?? ''))) {
      if (isCapital(words[k] ?? '') && ORG_TAILS.has(tailOf(words, k + 1))) tail = k;
      k++;
    }
    if (tail >= end) label(tags, i, tail + 1, 'ORG');
    i = Math.max(end, tail + 1) - 1;
  }
}

/** A person-typed name that ends in a street, town or river word is a place. */
export function retypePlaceTails(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const end = spanEnd(tags, i);
    if (end - i >= 2 && tags[i] === 'B-PER' && PLACE_TAILS.has(tailOf(words, end))) label(tags, i, end, 'LOC');
    i = end - 1;
  }
}

/**
 * "Rosa's Corner Bakery": an owner's name, a possessive and capitalised words ending in a business
 * word make one organisation; the first name alone is not a person of the story.
 */
export function possessiveBusinesses(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!isCapital(words[i] ?? '') || !POSSESSIVE.test(words[i + 1] ?? '') || (i > 0 && isCapital(words[i - 1] ?? ''))) continue;
    let end = i + 2;
    while (end < words.length && isCapital(words[end] ?? '')) end++;
    if (end > i + 2 && ORG_TAILS.has(tailOf(words, end))) {
      label(tags, i, end, 'ORG');
      i = end - 1;
    }
  }
}

/** "Der Schaden", "The Union" read as people: a name led by an article is never a person's. */
export function dropArticledPeople(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    const end = spanEnd(tags, i);
    if (DETERMINERS.has((words[i] ?? '').toLowerCase())) label(tags, i, end, 'O');
    i = end - 1;
  }
}

/**
 * "García told reporters", "Smith said": a lone capitalised word right before a speech verb, and not
 * a known place or organisation, is a person being quoted (the model, trained on web text, misses many).
 */
export function speakersArePeople(words: readonly string[], tags: Tag[], isKnown: (word: string) => boolean): void {
  for (let i = 1; i + 1 < words.length; i++) {
    const word = words[i] ?? '';
    if (!isCapital(word) || !SPEECH_VERBS.has((words[i + 1] ?? '').toLowerCase())) continue;
    if (isCapital(words[i - 1] ?? '') || isKnown(word)) continue;
    if (tags[i] === 'O' || (tags[i] === 'B-LOC' && spanEnd(tags, i) === i + 1)) label(tags, i, i + 1, 'PER');
  }
}
