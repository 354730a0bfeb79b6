// Where a person's name starts, fixed after the sequence model. Reading left to right, it often
// - keeps a title in front of the name ("Mr Dar", "Justice Scalia", "Jenderal Sutarman"): every gold set
//   we measure on (IDNer, UNER EWT, GUM) names the person without it, and so does the view's panel;
// - starts the name one word late when the given name is one it never saw and the next is a listed
//   first name ("as Tariq Ahmed Dar", "composer Antonín Leopold Dvořák" came out "Ahmed Dar" and
//   "Leopold Dvořák"). A capitalised word right before a person, that running text does not usually
//   write in lower case and that is no title, listed place or common word, is the name's first word.
// Pure: token texts and IOB2 tags in, tags out (valid IOB2).
import names from '../../rules/entities/names.json';
import { rolesFor } from './spans';
import { langGroup } from './features';
import { commonWordsOf, placeMarks } from './name-lists';
import { wordCaseOf } from './word-case';
import { label, spanEnd } from './tag-edits';
import { primaryLanguage } from '../text/language-tag';
import type { Tag } from './types';

const titleCache = new Map<string, ReadonlySet<string>>();
const bare = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** One-word titles and roles of a language ("mr", "justice", "jenderal"), lower case, without the dot. */
function titlesFor(lang: string): ReadonlySet<string> {
  const base = primaryLanguage(lang);
  let titles = titleCache.get(base);
  if (!titles) titleCache.set(base, (titles = new Set(rolesFor(lang).filter((r) => !/\s/.test(r)).map(bare))));
  return titles;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Titles only ever written before a person's name. */
const HONORIFICS = new Set(names.honorifics);

export function fixPersonEdges(words: readonly string[], tags: Tag[], lang: string, places = placeMarks(words)): Tag[] {
  const titles = titlesFor(lang);
  const common = commonWordsOf(lang);
  const group = langGroup(lang);
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O' && HONORIFICS.has(bare(words[i] ?? '')) && NAME_WORD.test(words[i + 1] ?? '') && tags[i + 1] === 'O') {
      let end = i + 1;
      while (end < words.length && tags[end] === 'O' && NAME_WORD.test(words[end] ?? '')) end++;
      label(tags, i + 1, end, 'PER');
    }
    if (tags[i] !== 'B-PER') continue;
    const end = spanEnd(tags, i);
    let start = i;
    while (start < end && titles.has(bare(words[start] ?? ''))) start++;
    if (start > i) {
      label(tags, i, end, 'O');
      if (start < end) label(tags, start, end, 'PER');
    } else if (i > 0 && tags[i - 1] === 'O') {
      const before = words[i - 1] ?? '';
      if (!NAME_WORD.test(before) || before.length < 2 || titles.has(bare(before)) || common?.has(before.toLowerCase())) continue;
      if (group !== 'xx' && /[LM]/.test(wordCaseOf(group, before.toLowerCase()))) continue;
      if (places[i - 1]) continue;
      label(tags, i - 1, end, 'PER');
    }
    i = end - 1;
  }
  return tags;
}
