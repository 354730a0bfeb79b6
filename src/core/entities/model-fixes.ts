// Fixes on the sequence model's tags for one sentence, from the name lists and the shape of names, before
// the document step: shared by the view, the `ner` command and the benchmark (tagTokens), so they agree.
// Pure: token texts and IOB2 tags in, IOB2 tags out.
import { commonWordsOf, nameMarks, placeMarks } from './name-lists';
import { fixPersonEdges } from './person-edges';
import { label, spanEnd } from './tag-edits';
import type { Tag } from './types';

const INNER_LOWER = /^\p{Ll}{4,}$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * A person span that starts with a listed place directly followed by a listed first name ("Rusia Vladimir
 * Putin" after a title) is a place and a person: the model, reading left to right, tends to glue them.
 */
export function splitPlaceFromPerson(words: readonly string[], tags: Tag[], places = placeMarks(words)): Tag[] {
  const names = nameMarks(words);
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] === 'B-PER' && tags[i + 1] === 'I-PER' && places[i] === 'B' && places[i + 1] !== 'I' && names[i + 1]?.includes('F')) {
      tags[i] = 'B-LOC';
      tags[i + 1] = 'B-PER';
    }
  }
  // The other way to read "Presiden Rusia Vladimir Putin": the model (after IDNer, which often leaves a
  // country inside a title as O) drops the place; a whole listed place right before a person is a place.
  for (let i = 0; i < tags.length; i++) {
    if (places[i] !== 'B') continue;
    let end = i + 1;
    while (places[end] === 'I') end++;
    if (tags[end] === 'B-PER' && tags.slice(i, end).every((t) => t === 'O')) label(tags, i, end, 'LOC');
  }
  return tags;
}

/**
 * An organisation that is exactly a listed place ("Korea Utara", "Texas") is the place: every gold set we
 * measure on types such a name as a place nineteen times out of twenty, governments and teams named by
 * their country or city included.
 */
export function listedPlacesArePlaces(words: readonly string[], tags: Tag[], places = placeMarks(words)): Tag[] {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-ORG') continue;
    const end = spanEnd(tags, i);
    if (places[i] === 'B' && places[end] !== 'I' && places.slice(i + 1, end).every((m) => m === 'I')) label(tags, i, end, 'LOC');
    i = end - 1;
  }
  return tags;
}

/**
 * A name does not go on through a lower-case word of four letters or more: "Media pemerintah Korea Utara"
 * (the North Korean state media) is Korea Utara, after a common word. Gold names hold such a word about
 * once in a thousand ("Kementerian luar negeri Mesir"). What comes before it stays a name unless it is a
 * single common word.
 */
export function splitAtInnerLowerCase(words: readonly string[], tags: Tag[], lang: string): Tag[] {
  const common = commonWordsOf(lang);
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]?.startsWith('B-')) continue;
    const type = tags[i]?.slice(2) ?? '';
    const end = spanEnd(tags, i);
    let cut = i + 1;
    while (cut < end - 1 && !INNER_LOWER.test(words[cut] ?? '')) cut++;
    if (cut < end - 1) {
      let next = cut;
      while (next < end && !CAPITAL.test(words[next] ?? '')) next++;
      for (let k = cut; k < next; k++) tags[k] = 'O';
      if (next < end) tags[next] = `B-${type}` as Tag;
      if (cut === i + 1 && common?.has((words[i] ?? '').toLowerCase())) tags[i] = 'O';
    }
    i = end - 1;
  }
  return tags;
}

export function fixModelTags(words: readonly string[], tags: Tag[], lang: string): Tag[] {
  // The listed places do not depend on the tags: looked up once for every fix.
  const places = placeMarks(words);
  splitPlaceFromPerson(words, tags, places);
  splitAtInnerLowerCase(words, tags, lang);
  listedPlacesArePlaces(words, tags, places);
  return fixPersonEdges(words, tags, lang, places);
}
