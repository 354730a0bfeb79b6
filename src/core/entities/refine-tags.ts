// Corrections on the sequence model's tags, from word lists the model only sees as weak features:
// - a well-known name the model left untagged or read as a one-word person (country and city names in
//   English and Indonesian, continents and regions, "Kremlin", "PBB") gets its type;
// - a run of capitalised words after a place head ("Semenanjung Korea", "Pulau Seribu") is a place;
// - a place the model glued to a role ("Duta Besar Rusia" read as an organisation) is the place alone;
// - a common word capitalised only because it opens the sentence ("Pesan Putin …") is not part of a
//   name, and a "person" made only of common words ("Hari Pembebasan") is none;
// - lower-case words at the end of a name are the sentence's ("Ukraina timur" names Ukraina);
// - in Title Case text (headlines printed as captions) capitals say nothing: only known names count;
// - the name a news source is quoted from ("Melansir Kompas.com", "Foto: AFP") is an organisation.
// Pure: token texts and tags in, tags out (valid IOB2).
import gazetteer from '../../rules/entities/gazetteer.json';
import names from '../../rules/entities/names.json';
import { rolesFor } from './spans';
import { capitalisesOnlyNames, readsGivenNames, tagCapitalisedRuns, tagGivenNamePeople } from './capitalised-names';
import { dropArticledPeople, dropCommonWords, extendToOrgTails, possessiveBusinesses, retypeOrgTails, retypePlaceTails, speakersArePeople, trimLowerCaseEnds } from './name-fixes';
import { isCapital, isWord, label, spanEnd, spanStart } from './tag-edits';
import { commonWordsOf, longestNameAt, nameIndex } from './name-lists';
import type { Tag } from './types';

type Kind = 'LOC' | 'ORG';
const KNOWN_PLACES = nameIndex([...gazetteer.place, ...names.place]);
const KNOWN_ORGS = nameIndex(names.organization);
const SOURCE_LEADS = new Set(names.sourceLeads);
const REGIONS = new Set(names.place);
/** Share of capitalised words from which a sentence is Title Case. */
const TITLE_CASE_SHARE = 0.85;
const TITLE_CASE_MIN_WORDS = 5;
const PLACE_HEADS = new Set(names.placeHeads);




/** Longest known name starting at `i`: [end, kind], or null (an organisation wins a tie). */
function knownAt(words: readonly string[], i: number): [number, Kind] | null {
  const place = longestNameAt(KNOWN_PLACES, words, i);
  const org = longestNameAt(KNOWN_ORGS, words, i);
  if (!place && !org) return null;
  return org >= place ? [i + org, 'ORG'] : [i + place, 'LOC'];
}

const roleWordCache = new Map<string, ReadonlySet<string>>();
/** The words roles are made of ("duta", "besar"), per language, lower case. */
function roleWordsFor(lang: string): ReadonlySet<string> {
  let words = roleWordCache.get(lang);
  if (!words) roleWordCache.set(lang, (words = new Set(rolesFor(lang).flatMap((r) => r.toLowerCase().split(/\s+/)))));
  return words;
}


function isTitleCase(words: readonly string[]): boolean {
  const letters = words.filter(isWord);
  return letters.length >= TITLE_CASE_MIN_WORDS && letters.filter(isCapital).length / letters.length >= TITLE_CASE_SHARE;
}

export function refineTags(words: readonly string[], input: readonly Tag[], lang: string): Tag[] {
  const tags: Tag[] = isTitleCase(words) ? words.map(() => 'O') : [...input];
  const common = commonWordsOf(lang);
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
      // Only for regions and continents: many family names are also towns ("Orlando said").
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
    // "Melansir Kompas.com" read as one name: the lead verb is not part of it.
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
      // "Desa Sukamaju", "Republik Rakyat Tiongkok" read as an organisation: a name that starts with a
      // place head is a place ("Republik" only before a known place: "Republik Indonesia" is a state).
      const end = spanEnd(tags, i);
      const needsKnown = word.toLowerCase().startsWith('republi');
      if (words.slice(i, end).every(isCapital) && (!needsKnown || knownAt(words, end - 1)?.[1] === 'LOC')) label(tags, i, end, 'LOC');
    }
  }
  if (capitalisesOnlyNames(lang)) tagCapitalisedRuns(words, tags);
  else if (readsGivenNames(lang)) tagGivenNamePeople(words, tags);
  extendToOrgTails(words, tags);
  retypeOrgTails(words, tags);
  retypePlaceTails(words, tags);
  possessiveBusinesses(words, tags);
  dropArticledPeople(words, tags);
  speakersArePeople(words, tags, (w) => knownAt([w], 0) !== null);
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
