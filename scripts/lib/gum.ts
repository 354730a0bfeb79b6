// GUM (../shared/ner/en-gum) to PER/ORG/LOC named entities in IOB2. GUM annotates every mention
// ("he", "the military", "Australian children"), nested, in the MISC column as `Entity=(ID-type-…` and
// `ID)` brackets. A named entity here is a person / organization / place mention that, once leading
// and trailing function words are trimmed ("the", "'s", punctuation), starts and ends with a proper
// noun (UPOS PROPN) and holds nothing but proper nouns, numbers and the function words that join
// names ("University of Portsmouth", "Bank of America"). Outermost wins: a named mention inside a
// longer named one ("Portsmouth" in "University of Portsmouth") is part of it, as in CoNLL practice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tag } from '../../src/core/entities/types';
import type { ConllDocument, Sentence } from './conll';

const TYPES: Record<string, 'PER' | 'ORG' | 'LOC'> = { person: 'PER', organization: 'ORG', place: 'LOC' };
/**
 * Words allowed inside a name between proper nouns ("of", "the", "'s", "-", "&"). A comma or "and"
 * makes a list or an apposition ("San Francisco, California"): GUM marks its parts as mentions too.
 */
const JOINERS = new Set(['ADP', 'DET', 'PART', 'NUM']);
/**
 * The prepositions that join the words of one name ("University of Portsmouth", "Centers for Disease
 * Control", "Frankfurt am Main"). Others say where a name is: "Columbia University in New York" and
 * "Randers in Jutland" are two names each, as in CoNLL practice.
 */
const NAME_PREPOSITIONS = new Set('of for de du des del della di da van von am an upon on sur y'.split(' '));
const JOINING_MARKS = new Set(['-', '–', '&', '.', "'"]);
/** Words trimmed from a mention's ends ("the", possessive "'s", commas, quotes). */
const EDGES = new Set(['DET', 'PUNCT', 'PART', 'ADP', 'CCONJ']);

/**
 * Titles GUM tags PROPN in person mentions ("Secretary Cardona", "Gen. Elizabeth Prelogar"): our sets
 * (IDNer, UNER) leave titles out of the name, so they are trimmed from the front of a person.
 */
const TITLES = new Set(('mr mrs ms miss dr doctor prof professor sir dame lord lady president vice secretary general gen ' +
  'justice chief judge senator sen governor gov minister king queen prince princess emperor empress pope saint st ' +
  'captain capt colonel col lieutenant lt sergeant sgt mayor rev reverend father sister brother bishop archbishop ' +
  'chairman chairwoman representative rep attorney solicitor officer deputy commissioner ambassador administrator ' +
  'director chancellor premier honor honour').split(' '));
const isTitle = (token: string) => TITLES.has(token.toLowerCase().replace(/\.$/, ''));
/**
 * Function words a person's name can hold ("Ludwig van Beethoven", "Osama bin Laden"). Any other
 * preposition or determiner means the mention says more than a name ("Professor of English at the
 * University of Copenhagen", once its title is trimmed, is not a person's name).
 */
const NAME_PARTICLES = new Set('al bin binti bint da das de del della den der di dos du el ibn la le van von y'.split(' '));

interface Mention { type: string; start: number; end: number }

/**
 * Where the name starts in a person mention trimmed to [start, end), or null when it holds none: the run of
 * proper nouns (and name particles) it ends with, after any title or role in front ("Republican Party
 * nominee Ken Cuccinelli", "NASA Administrator Charles Bolden", "appellant Darnell Hurt" name Ken
 * Cuccinelli, Charles Bolden, Darnell Hurt). A mention ending in a title ("Virginia's Attorney General")
 * or whose run follows anything but a role ("Professor of English at the University of Copenhagen") names
 * no one.
 */
function personName(tokens: readonly string[], upos: readonly string[], start: number, end: number): number | null {
  if (end <= start || isTitle(tokens[end - 1] ?? '')) return null;
  const inName = (k: number) => (upos[k] === 'PROPN' && !isTitle(tokens[k] ?? '')) || upos[k] === 'PART' ||
    (JOINERS.has(upos[k] ?? '') && NAME_PARTICLES.has((tokens[k] ?? '').toLowerCase())) || (upos[k] === 'PUNCT' && JOINING_MARKS.has(tokens[k] ?? ''));
  let first = end;
  while (first > start && inName(first - 1)) first--;
  while (first < end && upos[first] !== 'PROPN') first++;
  if (first >= end) return null;
  if (first > start && upos[first - 1] !== 'NOUN' && !isTitle(tokens[first - 1] ?? '')) return null;
  return first;
}

/** The mentions opened and closed in one token's MISC `Entity=` value, in order. */
export function entityBrackets(value: string): Array<{ open: true; id: string; type: string; closes: boolean } | { open: false; id: string }> {
  const out: Array<{ open: true; id: string; type: string; closes: boolean } | { open: false; id: string }> = [];
  const re = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (m[1] !== undefined) out.push({ open: true, id: m[1], type: m[2] ?? '', closes: m[3] === ')' });
    else out.push({ open: false, id: m[4] ?? '' });
  }
  return out;
}

/** A mention trimmed to its name: the span, or where the first word that is not part of a name sits. */
function nameSpan(tokens: readonly string[], upos: readonly string[], type: string, from: number, to: number): Mention | { outside: number } | null {
  let start = from;
  let end = to;
  while (start < end && EDGES.has(upos[start] ?? '')) start++;
  while (end > start && EDGES.has(upos[end - 1] ?? '')) end--;
  if (type === 'PER') {
    const name = personName(tokens, upos, start, end);
    if (name === null) return null;
    start = name;
  }
  if (start >= end || upos[start] !== 'PROPN' || upos[end - 1] !== 'PROPN') return null;
  const joins = (u: string, token: string) => JOINERS.has(u) && (type === 'PER' ? u === 'PART' || NAME_PARTICLES.has(token.toLowerCase())
    : u !== 'ADP' || NAME_PREPOSITIONS.has(token.toLowerCase()));
  const inside = (u: string, k: number) => u === 'PROPN' || joins(u, tokens[start + k] ?? '') || (u === 'PUNCT' && JOINING_MARKS.has(tokens[start + k] ?? ''));
  const outside = upos.slice(start, end).findIndex((u, k) => !inside(u, k));
  return outside < 0 ? { type, start, end } : { outside: start + outside };
}

/** Named-entity tags of one sentence from its tokens' UPOS and mentions. */
export function namedTags(tokens: readonly string[], upos: readonly string[], mentions: readonly Mention[]): Tag[] {
  const tags: Tag[] = upos.map(() => 'O');
  const named: Mention[] = [];
  const heads: Mention[] = [];
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (!type) continue;
    // "John FitzGibbon, 2nd Earl of Clare", "Mary Chaworth, whom he loved": a person mention with an
    // apposition or a clause after a comma or bracket is the person named before it.
    const cut = type === 'PER' ? tokens.slice(m.start, m.end).findIndex((t, k) => k > 0 && (t === ',' || t === '(')) : -1;
    const span = nameSpan(tokens, upos, type, m.start, cut > 0 ? m.start + cut : m.end);
    if (span === null) continue;
    if ('type' in span) (cut > 0 ? heads : named).push(span);
    else if (type !== 'PER') {
      // "Houston, Texas", "Johnson Space Center (JSC) in Houston": GUM marks the parts after the comma,
      // bracket or preposition as mentions of their own, but not the name the mention opens with.
      let head = span.outside;
      const next = tokens[head] ?? '';
      if (next !== ',' && next !== '(' && upos[head] !== 'ADP') continue;
      while (head > m.start && upos[head - 1] !== 'PROPN') head--;
      const opening = nameSpan(tokens, upos, type, m.start, head);
      if (opening && 'type' in opening) heads.push(opening);
    }
  }
  // Longest first, so the outermost named mention keeps its tokens; the heads only where no mention is.
  named.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = upos.map(() => false);
  for (const m of [...named, ...heads]) {
    if (taken.slice(m.start, m.end).some(Boolean)) continue;
    for (let i = m.start; i < m.end; i++) {
      taken[i] = true;
      tags[i] = `${i === m.start ? 'B' : 'I'}-${m.type}` as Tag;
    }
  }
  return tags;
}

/**
 * A token's UPOS, except that a proper noun by its Penn tag (XPOS NNP/NNPS) counts as PROPN: GUM gives
 * "United" in "United States" and "United Kingdom" the UPOS of its lemma (VERB, "unite") but the tag NNP.
 */
export const properOrUpos = (cols: readonly string[]) => (/^NNPS?$/.test(cols[4] ?? '') ? 'PROPN' : (cols[3] ?? ''));

/** One GUM CoNLL-U document as sentences of tokens and named-entity tags. */
export function parseGum(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let rows: string[][] = [];
  const end = () => {
    if (!rows.length) return;
    const open = new Map<string, Mention[]>();
    const mentions: Mention[] = [];
    rows.forEach((cols, i) => {
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9] ?? '')?.[1] ?? '';
      for (const b of entityBrackets(entity)) {
        if (b.open && b.closes) mentions.push({ type: b.type, start: i, end: i + 1 });
        else if (b.open) open.set(b.id, [...(open.get(b.id) ?? []), { type: b.type, start: i, end: i }]);
        else {
          const stack = open.get(b.id);
          const m = stack?.pop();
          if (m) mentions.push({ ...m, end: i + 1 });
        }
      }
    });
    sentences.push({ tokens: rows.map((r) => r[1] ?? ''), tags: namedTags(rows.map((r) => r[1] ?? ''), rows.map(properOrUpos), mentions) });
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) end();
    else if (line.startsWith('#')) continue;
    else {
      const cols = line.split('\t');
      // Multi-word token ranges (1-2) and empty nodes (1.1) are not surface tokens of their own.
      if (/^\d+$/.test(cols[0] ?? '')) rows.push(cols);
    }
  }
  end();
  return sentences;
}

/** GUM's splits.md: document name -> split (dev, test, test2, train). */
export function gumSplits(markdown: string): Map<string, string> {
  const splits = new Map<string, string>();
  let split = '';
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) split = heading[1] ?? '';
    const doc = /^\s*\*\s+(GUM_\S+)/.exec(line);
    if (doc && split) splits.set(doc[1] ?? '', split);
  }
  return splits;
}

/** The documents of one split that are present in `dir` (en-gum/), in file-name order. */
export function gumDocuments(dir: string, split: string): ConllDocument[] {
  const splits = gumSplits(readFileSync(join(dir, 'splits.md'), 'utf8'));
  return readdirSync(join(dir, 'conllu')).filter((f) => f.endsWith('.conllu')).sort()
    .filter((f) => splits.get(f.replace(/\.conllu$/, '')) === split)
    .map((f) => ({ sentences: parseGum(readFileSync(join(dir, 'conllu', f), 'utf8')) }));
}
