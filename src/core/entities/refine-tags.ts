// Corrections on the sequence model's tags, from word lists the model only sees as weak features:
// - a well-known name the model left untagged or read as a one-word person (country and city names in
//   English and Indonesian, continents and regions, "Kremlin", "PBB") gets its type;
// - a run of capitalised words after a place head ("Semenanjung Korea", "Pulau Seribu") is a place;
// - a place the model glued to a role ("Duta Besar Rusia" read as an organisation) is the place alone;
// - a common word capitalised only because it opens the sentence ("Pesan Putin …") is not part of a
//   name, and a "person" made only of common words ("Hari Pembebasan") is none;
// - lower-case words at the end of a name are the sentence's ("Ukraina timur" names Ukraina);
// - in Title Case text (headlines printed as captions) capitals say nothing: only known names count;
// - the name a news source is quoted from ("Melansir Themoscowtimes", "Foto: Reuters") is an organisation.
// Pure: token texts and tags in, tags out (valid IOB2).
import commonWords from '../../rules/entities/common-words.json';
import cues from '../../rules/entities/cues.json';
import gazetteer from '../../rules/entities/gazetteer.json';
import names from '../../rules/entities/names.json';
import { rolesFor } from './spans';
import { capitalisesOnlyNames, readsGivenNames, tagCapitalisedRuns, tagGivenNamePeople } from './capitalised-names';
import type { Tag } from './types';

type Kind = 'LOC' | 'ORG';
const KNOWN = new Map<string, Kind>([
  ...gazetteer.place.map((n) => [n, 'LOC'] as const),
  ...names.place.map((n) => [n, 'LOC'] as const),
  ...names.organization.map((n) => [n, 'ORG'] as const),
]);
const MAX_NAME_TOKENS = 5;
/** Most name lengths (in words) of the known names starting with each first word: most words start none. */
const KNOWN_LENGTHS = new Map<string, number>();
for (const name of KNOWN.keys()) {
  const [first = '', ...rest] = name.split(' ');
  KNOWN_LENGTHS.set(first, Math.max(KNOWN_LENGTHS.get(first) ?? 0, rest.length + 1));
}
const SOURCE_LEADS = new Set(names.sourceLeads);
const REGIONS = new Set(names.place);
const DETERMINERS = new Set(names.determiners);
const SPEECH_VERBS = new Set(names.speechVerbs);
/** Last words that make a name a company or body: "Sdn Bhd", "Inc", "Partners", "Commodities". */
const ORG_TAILS = new Set([...cues.orgSuffix, ...names.orgTails]);
/** Share of capitalised words from which a sentence is Title Case. */
const TITLE_CASE_SHARE = 0.85;
const TITLE_CASE_MIN_WORDS = 5;
const PLACE_HEADS = new Set(names.placeHeads);
const COMMON: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(commonWords).map(([l, w]) => [l, new Set(w)]));

const isCapital = (word: string) => /^\p{Lu}/u.test(word);
const typeOf = (tag: Tag | undefined) => (tag && tag !== 'O' ? tag.slice(2) : 'O');

/** End (exclusive) of the span starting at `i`, or i + 1 when `i` is O. */
function spanEnd(tags: readonly Tag[], i: number): number {
  let j = i + 1;
  while (tags[j]?.startsWith('I-')) j += 1;
  return j;
}

function label(tags: Tag[], from: number, to: number, type: string): void {
  for (let k = from; k < to; k++) tags[k] = (type === 'O' ? 'O' : `${k === from ? 'B' : 'I'}-${type}`) as Tag;
  // An I- left dangling after a relabelled stretch starts a span of its own.
  if (tags[to]?.startsWith('I-') && type !== typeOf(tags[to])) tags[to] = `B-${typeOf(tags[to])}` as Tag;
}

/** Longest known name starting at `i`: [end, kind], or null. */
function knownAt(words: readonly string[], i: number): [number, Kind] | null {
  const longest = KNOWN_LENGTHS.get(words[i] ?? '') ?? 0;
  for (let n = Math.min(MAX_NAME_TOKENS, longest, words.length - i); n >= 1; n--) {
    const kind = KNOWN.get(words.slice(i, i + n).join(' '));
    if (kind) return [i + n, kind];
  }
  return null;
}

const roleWordCache = new Map<string, ReadonlySet<string>>();
/** The words roles are made of ("duta", "besar"), per language, lower case. */
function roleWordsFor(lang: string): ReadonlySet<string> {
  let words = roleWordCache.get(lang);
  if (!words) roleWordCache.set(lang, (words = new Set(rolesFor(lang).flatMap((r) => r.toLowerCase().split(/\s+/)))));
  return words;
}

const isWord = (w: string) => /^\p{L}/u.test(w);

function isTitleCase(words: readonly string[]): boolean {
  const letters = words.filter(isWord);
  return letters.length >= TITLE_CASE_MIN_WORDS && letters.filter(isCapital).length / letters.length >= TITLE_CASE_SHARE;
}

export function refineTags(words: readonly string[], input: readonly Tag[], lang: string): Tag[] {
  const tags: Tag[] = isTitleCase(words) ? words.map(() => 'O') : [...input];
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const common = COMMON[base];
  const roleWords = roleWordsFor(lang);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!isCapital(word)) continue;
    const known = knownAt(words, i);
    if (known) {
      const [end, kind] = known;
      const untagged = tags.slice(i, end).every((t) => t === 'O');
      // A lone word the model read as a person is a place when it names one: news refers to people by
      // their family name or full name, rarely by a first name alone ("mitra Asia").
      // Only for regions and continents: many family names are also towns ("Valdivia told reporters").
      const loneWrongPerson = end === i + 1 && tags[i] === 'B-PER' && spanEnd(tags, i) === end && REGIONS.has(word);
      // "Duta Besar Rusia" read as one organisation: the words before the place are all role words.
      const start = tags[i]?.startsWith('I-') ? spanStart(tags, i) : i;
      const afterRole = start < i && spanEnd(tags, start) === end && words.slice(start, i).every((w) => roleWords.has(w.toLowerCase()));
      if (untagged || loneWrongPerson || afterRole) {
        if (afterRole) label(tags, start, i, 'O');
        label(tags, i, end, kind);
        i = end - 1;
        continue;
      }
    }
    // "Melansir Themoscowtimes" read as one name: the lead verb is not part of it.
    if (tags[i]?.startsWith('B-') && SOURCE_LEADS.has(word.toLowerCase()) && spanEnd(tags, i) === i + 2) {
      label(tags, i, i + 1, 'O');
      label(tags, i + 1, i + 2, 'ORG');
      i += 1;
      continue;
    }
    if (tags[i] === 'O' && i > 0 && isSourceLead(words, i)) {
      let end = i;
      while (end < words.length && isCapital(words[end] ?? '') && tags[end] === 'O') end += 1;
      if (end === i + 1) label(tags, i, end, 'ORG');
    }
    if (PLACE_HEADS.has(word.toLowerCase()) && tags[i] === 'O') {
      let end = i + 1;
      while (end < words.length && isCapital(words[end] ?? '') && tags[end] === 'O') end += 1;
      if (end > i + 1) label(tags, i, end, 'LOC');
    } else if (PLACE_HEADS.has(word.toLowerCase()) && tags[i]?.startsWith('B-') && tags[i] !== 'B-LOC') {
      // "Desa Sriwulan", "Republik Rakyat Donetsk" read as an organisation: a name that starts with a
      // place head is a place ("Republik" only before a known place: "Republik Indonesia" is a state).
      const end = spanEnd(tags, i);
      const needsKnown = word.toLowerCase().startsWith('republi');
      if (words.slice(i, end).every(isCapital) && (!needsKnown || knownAt(words, end - 1)?.[1] === 'LOC')) label(tags, i, end, 'LOC');
    }
  }
  if (capitalisesOnlyNames(lang)) tagCapitalisedRuns(words, tags);
  else if (readsGivenNames(lang)) tagGivenNamePeople(words, tags);
  retypeOrgTails(words, tags);
  dropArticledPeople(words, tags);
  speakersArePeople(words, tags);
  if (common) dropCommonWords(words, tags, common);
  trimLowerCaseEnds(words, tags);
  return tags;
}

/** "Melansir X", "dikutip dari X", "Foto: X": the words before `i` lead a quoted source. */
function isSourceLead(words: readonly string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 3), i).map((w) => w.toLowerCase());
  for (let n = 1; n <= before.length; n++) if (SOURCE_LEADS.has(before.slice(-n).join(' '))) return true;
  return false;
}

function trimLowerCaseEnds(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const end = spanEnd(tags, i);
    let last = end - 1;
    while (last > i && isWord(words[last] ?? '') && !isCapital(words[last] ?? '')) last -= 1;
    if (last < end - 1) label(tags, last + 1, end, 'O');
    i = end - 1;
  }
}

function spanStart(tags: readonly Tag[], i: number): number {
  let k = i;
  while (k > 0 && tags[k]?.startsWith('I-')) k -= 1;
  return k;
}

function dropCommonWords(words: readonly string[], tags: Tag[], common: ReadonlySet<string>): void {
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
function retypeOrgTails(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const end = spanEnd(tags, i);
    const tail = (words[end - 1] ?? '').toLowerCase().replace(/\.$/, '');
    if (end - i >= 2 && tags[i] !== 'B-ORG' && ORG_TAILS.has(tail)) label(tags, i, end, 'ORG');
    i = end - 1;
  }
}

/** "Der Schaden", "The Union" read as people: a name led by an article is never a person's. */
function dropArticledPeople(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    const end = spanEnd(tags, i);
    if (DETERMINERS.has((words[i] ?? '').toLowerCase())) label(tags, i, end, 'O');
    i = end - 1;
  }
}

/**
 * "Valdivia told reporters", "Aranda said": a lone capitalised word right before a speech verb, and not
 * a known place or organisation, is a person being quoted (the model, trained on web text, misses many).
 */
function speakersArePeople(words: readonly string[], tags: Tag[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    const word = words[i] ?? '';
    if (!isCapital(word) || !SPEECH_VERBS.has((words[i + 1] ?? '').toLowerCase())) continue;
    if (isCapital(words[i - 1] ?? '') || KNOWN.has(word)) continue;
    if (tags[i] === 'O' || (tags[i] === 'B-LOC' && spanEnd(tags, i) === i + 1)) label(tags, i, i + 1, 'PER');
  }
}
