// Features of a token for the entity tagger, shared by training (scripts/train-ner.ts) and tagging, so
// the two can never disagree. Features are strings hashed into a fixed number of buckets; what transfers
// across sites and languages is capitalisation/shape, affixes, neighbours, cue words and the place list.
import cues from '../../rules/entities/cues.json';
import gazetteer from '../../rules/entities/gazetteer.json';

export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units, folded into HASH_BITS bits. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> HASH_BITS)) & MASK;
}

/** Word shape with runs collapsed: "Putin" -> "Xx", "PBB" -> "X", "2016" -> "d", "Jl." -> "Xx." */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

type CueClass = 'orgHead' | 'orgSuffix' | 'personTitle' | 'placeCue';
const CUE = new Map<string, string>();
for (const [cls, words] of Object.entries(cues) as Array<[CueClass, string[]]>) {
  for (const w of words) CUE.set(w, CUE.has(w) ? `${CUE.get(w)}+${cls}` : cls);
}

// Places indexed by their first word; matched case-sensitively on capitalised text, longest first.
const PLACES = new Map<string, string[][]>();
for (const name of gazetteer.place) {
  const words = name.split(/\s+/);
  const list = PLACES.get(words[0] ?? '') ?? [];
  list.push(words);
  PLACES.set(words[0] ?? '', list);
}
for (const list of PLACES.values()) list.sort((a, b) => b.length - a.length);

/** Per token: 'B'/'I' when it begins/continues a listed place name, '' otherwise. */
export function placeMarks(words: readonly string[]): string[] {
  const marks = words.map(() => '');
  for (let i = 0; i < words.length; i++) {
    const candidates = PLACES.get(words[i] ?? '');
    if (!candidates) continue;
    const hit = candidates.find((c) => c.every((w, k) => words[i + k] === w));
    if (!hit) continue;
    marks[i] = 'B';
    for (let k = 1; k < hit.length; k++) marks[i + k] = 'I';
    i += hit.length - 1;
  }
  return marks;
}

const FIRST_NAMES = new Set(gazetteer.firstName);
const LAST_NAMES = new Set(gazetteer.lastName);

/** Per token: 'F' for a listed first name, 'L' for a listed last name, 'FL' for both, '' otherwise. */
export function nameMarks(words: readonly string[]): string[] {
  return words.map((w) => (FIRST_NAMES.has(w) ? 'F' : '') + (LAST_NAMES.has(w) ? 'L' : ''));
}

/** The language group whose conventions a feature may learn: 'en', 'id' (and Malay), or generic. */
export function langGroup(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return base === 'en' ? 'en' : base === 'id' || base === 'ms' || base === 'in' ? 'id' : 'xx';
}

const BOUNDARY = '<s>';

export interface SentenceFeatures {
  /** Per token, the hashes of its tag-independent features. */
  features: number[][];
  lower: string[];
  shapes: string[];
}

/**
 * The tag-independent feature hashes of every token of one sentence. The tag-dependent ones (previous
 * tags) are added by the decoder, see `contextFeatures`.
 */
export function sentenceFeatures(words: readonly string[], lang: string): SentenceFeatures {
  const group = langGroup(lang);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const places = placeMarks(words);
  const names = nameMarks(words);
  const cue = lower.map((w) => CUE.get(w.replace(/\.$/, '')) ?? '');
  const at = <T>(xs: readonly T[], i: number, edge: T) => (i >= 0 && i < xs.length ? (xs[i] as T) : edge);
  const features = words.map((word, i) => {
    const w = lower[i] ?? '';
    const s = shapes[i] ?? '';
    const f = [
      'b',
      `w=${w}`,
      `s=${s}`,
      `l=${group}|${s}`,
      `p3=${w.slice(0, 3)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `x4=${w.slice(-4)}`,
      `w-1=${at(lower, i - 1, BOUNDARY)}`,
      `w+1=${at(lower, i + 1, BOUNDARY)}`,
      `w-2=${at(lower, i - 2, BOUNDARY)}`,
      `w+2=${at(lower, i + 2, BOUNDARY)}`,
      `s-1=${at(shapes, i - 1, BOUNDARY)}`,
      `s+1=${at(shapes, i + 1, BOUNDARY)}`,
      `sss=${at(shapes, i - 1, BOUNDARY)}|${s}|${at(shapes, i + 1, BOUNDARY)}`,
      `ws+1=${w}|${at(shapes, i + 1, BOUNDARY)}`,
      `sw-1=${at(lower, i - 1, BOUNDARY)}|${s}`,
      `g=${places[i]}|${at(places, i - 1, '')}|${at(places, i + 1, '')}`,
      `n=${names[i]}|${at(names, i - 1, '')}|${at(names, i + 1, '')}`,
      `ns=${names[i]}|${s}`,
      `c=${cue[i]}`,
      `c-1=${at(cue, i - 1, BOUNDARY)}|${s}`,
      `c+1=${at(cue, i + 1, BOUNDARY)}|${s}`,
      `c+2=${at(cue, i + 2, BOUNDARY)}`,
    ];
    if (i === 0) f.push(`first=${s}`, `firstw=${w}`);
    if (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word)) f.push(`caps=${word.length > 5 ? 6 : word.length}`);
    return f.map(hashFeature);
  });
  return { features, lower, shapes };
}

/** The features that depend on the previous tag (word lower-cased, shape as `shape`). */
export function contextFeatures(prev: string, lower: string, wordShape: string): number[] {
  return [hashFeature(`t-1=${prev}`), hashFeature(`t-1s=${prev}|${wordShape}`), hashFeature(`t-1w=${prev}|${lower}`)];
}
