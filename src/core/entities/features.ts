// Features of a token for the entity tagger, shared by training (scripts/data/train-ner.ts) and tagging, so
// the two can never disagree. Features are strings hashed into a fixed number of buckets; what transfers
// across sites and languages is capitalisation/shape, affixes, neighbours, cue words and the place list.
import cues from '../../rules/entities/cues.json';
import { listHits, nameMarks } from './name-lists';
import { primaryLanguage } from '../text/language-tag';
import { fold, hashFeature, mix, OFFSET } from './feature-hash';
import { wordCaseOf } from './word-case';

export { HASH_BITS, hashFeature } from './feature-hash';

const BAR = 0x7c;
const bar = (h: number) => Math.imul(h ^ BAR, 0x01000193);

// Hashing "prefix" + parts joined by "|" without building the string (same buckets as hashFeature).
const prefix = (p: string) => mix(OFFSET, p);
const h1 = (p: number, a: string) => fold(mix(p, a));
const h2 = (p: number, a: string, b: string) => fold(mix(bar(mix(p, a)), b));
const h3 = (p: number, a: string, b: string, c: string) => fold(mix(bar(mix(bar(mix(p, a)), b)), c));

function shapeClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
}

/** Word shape with runs collapsed: "Putin" -> "Xx", "PBB" -> "X", "2016" -> "d", "Jl." -> "Xx." */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
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

/** The language group whose conventions a feature may learn: 'en', 'id' (and Malay), or generic. */
export function langGroup(lang: string): string {
  const base = primaryLanguage(lang);
  return base === 'en' ? 'en' : base === 'id' || base === 'ms' || base === 'in' ? 'id' : 'xx';
}

const BOUNDARY = '<s>';

// Feature name prefixes, pre-hashed (each feature is "name=" + its value parts joined by "|").
const P = {
  b: hashFeature('b'), w: prefix('w='), s: prefix('s='), l: prefix('l='), p3: prefix('p3='), x2: prefix('x2='),
  x3: prefix('x3='), x4: prefix('x4='), wm1: prefix('w-1='), wp1: prefix('w+1='), wm2: prefix('w-2='),
  wp2: prefix('w+2='), sm1: prefix('s-1='), sp1: prefix('s+1='), sss: prefix('sss='), ws: prefix('ws+1='),
  sw: prefix('sw-1='), g: prefix('g='), n: prefix('n='), ns: prefix('ns='), c: prefix('c='), cm1: prefix('c-1='),
  cp1: prefix('c+1='), cp2: prefix('c+2='), first: prefix('first='), firstw: prefix('firstw='), caps: prefix('caps='), gn: prefix('gn='),
  wc: prefix('wc='), wcm1: prefix('wc-1='), wcp1: prefix('wc+1='),
};

/** Neighbour features past the sentence's ends (the boundary marker as the neighbouring word). */
const EDGE_HASHES = { wm1: h1(P.wm1, BOUNDARY), wp1: h1(P.wp1, BOUNDARY), wm2: h1(P.wm2, BOUNDARY), wp2: h1(P.wp2, BOUNDARY) };

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
/** What a word contributes on its own and as a neighbour: hashed once per word form, then reused. */
interface WordInfo {
  lower: string;
  /** The word's classes in the word-case lists, per list group, looked up once. */
  cases: Record<string, string>;
  shape: string;
  cue: string;
  w: number; p3: number; x2: number; x3: number; x4: number;
  wm1: number; wp1: number; wm2: number; wp2: number;
}
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  const w = word.toLowerCase();
  info = {
    lower: w, cases: {}, shape: shape(word), cue: CUE.get(w.replace(/\.$/, '')) ?? '',
    w: h1(P.w, w), p3: h1(P.p3, w.slice(0, 3)), x2: h1(P.x2, w.slice(-2)), x3: h1(P.x3, w.slice(-3)), x4: h1(P.x4, w.slice(-4)),
    wm1: h1(P.wm1, w), wp1: h1(P.wp1, w), wm2: h1(P.wm2, w), wp2: h1(P.wp2, w),
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, info);
  return info;
}

export function sentenceFeatures(words: readonly string[], lang: string): SentenceFeatures {
  const group = langGroup(lang);
  const infos = words.map(wordInfo);
  // Other languages have no lists: their own capitalisation (German nouns) is not English's, and a value
  // no training sentence had weighs nothing.
  const cases = group === 'xx' ? infos.map(() => '?') : infos.map((x) => (x.cases[group] ??= wordCaseOf(group, x.lower) || '-'));
  const lower = infos.map((x) => x.lower);
  const shapes = infos.map((x) => x.shape);
  const places = listHits(words);
  const names = nameMarks(words);
  const cue = infos.map((x) => x.cue);
  const edge = EDGE_HASHES;
  const at = <T>(xs: readonly T[], i: number, edge: T) => (i >= 0 && i < xs.length ? (xs[i] as T) : edge);
  const features = words.map((word, i) => {
    const w = lower[i] ?? '';
    const s = shapes[i] ?? '';
    const s1 = at(shapes, i - 1, BOUNDARY);
    const s2 = at(shapes, i + 1, BOUNDARY);
    const self = infos[i] as WordInfo;
    const f = [
      P.b,
      self.w,
      h1(P.s, s),
      h2(P.l, group, s),
      self.p3,
      self.x2,
      self.x3,
      self.x4,
      i >= 1 ? (infos[i - 1] as WordInfo).wm1 : edge.wm1,
      i + 1 < infos.length ? (infos[i + 1] as WordInfo).wp1 : edge.wp1,
      i >= 2 ? (infos[i - 2] as WordInfo).wm2 : edge.wm2,
      i + 2 < infos.length ? (infos[i + 2] as WordInfo).wp2 : edge.wp2,
      h1(P.sm1, s1),
      h1(P.sp1, s2),
      h3(P.sss, s1, s, s2),
      h2(P.ws, w, s2),
      h2(P.sw, at(lower, i - 1, BOUNDARY), s),
      h3(P.g, places[i] ?? '', at(places, i - 1, ''), at(places, i + 1, '')),
      h3(P.n, names[i] ?? '', at(names, i - 1, ''), at(names, i + 1, '')),
      h2(P.ns, names[i] ?? '', s),
      h3(P.gn, places[i] ?? '', names[i] ?? '', at(names, i + 1, BOUNDARY)),
      h1(P.c, cue[i] ?? ''),
      h2(P.cm1, at(cue, i - 1, BOUNDARY), s),
      h2(P.cp1, at(cue, i + 1, BOUNDARY), s),
      h1(P.cp2, at(cue, i + 2, BOUNDARY)),
    ];
    const cap = s[0] === 'X' ? 'C' : 'c';
    f.push(h3(P.wc, cases[i] ?? '', cap, i === 0 ? 'f' : ''), h2(P.wcm1, at(cases, i - 1, BOUNDARY), cap), h2(P.wcp1, at(cases, i + 1, BOUNDARY), cap));
    if (i === 0) f.push(h1(P.first, s), h1(P.firstw, w));
    if (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word)) f.push(h1(P.caps, String(word.length > 5 ? 6 : word.length)));
    return f;
  });
  return { features, lower, shapes };
}

const CONTEXT = new Map<string, { t: number; ts: number; tw: number }>();

/** The hash states of the previous-tag features, per previous tag (computed once). */
export function contextConstants(prev: string): { t: number; ts: number; tw: number } {
  let c = CONTEXT.get(prev);
  if (!c) CONTEXT.set(prev, (c = { t: hashFeature(`t-1=${prev}`), ts: bar(prefix(`t-1s=${prev}`)), tw: bar(prefix(`t-1w=${prev}`)) }));
  return c;
}

/** The bucket of a previous-tag feature state continued with `value` (a word or a shape). */
export const contextBucket = (state: number, value: string) => h1(state, value);

/** The features that depend on the previous tag (word lower-cased, shape as `shape`). */
export function contextFeatures(prev: string, lower: string, wordShape: string): number[] {
  const c = contextConstants(prev);
  return [c.t, h1(c.ts, wordShape), h1(c.tw, lower)];
}
