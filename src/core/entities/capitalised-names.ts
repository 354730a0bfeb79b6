// Names in languages the model was not trained on but that, like English, capitalise only proper
// nouns (Spanish, French, Italian, Portuguese, Dutch, Catalan, Romanian; not German, which capitalises
// every noun). A capitalised run the model left untagged — joined by "de", "del", "van"… — is typed
// only when the evidence says which type it is: an organisation head word ("Ayuntamiento de …",
// "Université …"), a known first name followed by a family name ("Marta Lozano"), or a known place.
// Anything else stays untagged: no highlight is better than a wrong one. In German, where every noun
// is capitalised, only a known first name followed by a capitalised word is read (a person).
import givenNames from '../../rules/entities/given-names.json';
import gazetteer from '../../rules/entities/gazetteer.json';
import names from '../../rules/entities/names.json';
import { primaryLanguage } from '../text/language-tag';
import { isCapital } from './tag-edits';
import type { Tag } from './types';

const LANGS = new Set(names.capitalisedNameLangs);
const GIVEN_NAME_LANGS = new Set(names.givenNameLangs);
const CONNECTORS = new Set(names.nameConnectors);
const DETERMINERS = new Set(names.determiners);
const ORG_HEADS = new Set(names.orgHeads);
const FIRST_NAMES = new Set([...givenNames.firstName, ...gazetteer.firstName]);
const PLACES = new Set([...gazetteer.place, ...names.place]);


/** True when the page's language writes only names with a capital. */
export const capitalisesOnlyNames = (lang: string) => LANGS.has(primaryLanguage(lang));

/** True when people are read by their first names alone (German: capitals say little). */
export const readsGivenNames = (lang: string) => GIVEN_NAME_LANGS.has(primaryLanguage(lang));

/** "Katrin Vossberg": a known first name and a capitalised word after it, both untagged. */
export function tagGivenNamePeople(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1] ?? '';
    if (tags[i] !== 'O' || tags[i + 1] !== 'O' || !FIRST_NAMES.has(words[i] ?? '') || !isCapital(next) || PLACES.has(next)) continue;
    tags[i] = 'B-PER';
    tags[i + 1] = 'I-PER';
    i += 1;
  }
}

/** End (exclusive) of the capitalised run starting at `i`, connectors inside allowed, all tags O. */
function runEnd(words: readonly string[], tags: readonly Tag[], i: number): number {
  let end = i + 1;
  for (;;) {
    let next = end;
    while (next < words.length && CONNECTORS.has((words[next] ?? '').toLowerCase()) && tags[next] === 'O') next += 1;
    if (next < words.length && isCapital(words[next] ?? '') && tags[next] === 'O') end = next + 1;
    else return end;
  }
}

function typeOf(run: readonly string[]): 'ORG' | 'PER' | 'LOC' | null {
  const first = run[0] ?? '';
  if (ORG_HEADS.has(first.toLowerCase()) && run.length > 1) return 'ORG';
  if (PLACES.has(run.join(' '))) return 'LOC';
  const plain = run.every((w) => isCapital(w));
  if (plain && run.length >= 2 && run.length <= 3 && FIRST_NAMES.has(first) && !PLACES.has(run[1] ?? '')) return 'PER';
  return null;
}

/** Tags untagged capitalised runs whose type is evident (see above); `tags` is changed in place. */
export function tagCapitalisedRuns(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'O' || !isCapital(words[i] ?? '')) continue;
    // "El Ayuntamiento de …": an article opening the sentence is not part of the name.
    if (i === 0 && DETERMINERS.has((words[0] ?? '').toLowerCase())) continue;
    const end = runEnd(words, tags, i);
    // A sentence's first word is capitalised anyway: it starts a name only with more of the name after it.
    if (i === 0 && end === 1) continue;
    const type = typeOf(words.slice(i, end));
    if (type) for (let k = i; k < end; k++) tags[k] = `${k === i ? 'B' : 'I'}-${type}` as Tag;
    i = end - 1;
  }
}
