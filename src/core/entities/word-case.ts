// How a word is usually written inside a sentence, learnt from about two million words of running text
// (scripts/data/make-word-case.ts): 'L' nearly always in lower case ("year", "market"), 'U' nearly
// always capitalised (names: "London", "Microsoft"), 'M' both ("government", "president"). A capitalised
// word the text usually writes in lower case is no name, whatever its place in the sentence; one it always
// capitalises is one, even if the labelled training data never saw it. Kept as one bitmap per class and
// language group (a word's bit is its hash), so some unknown words read as listed (about one in seven):
// the tagger weighs the feature, it does not trust it.
import wordCase from '../../rules/entities/word-case.json';
import { hashFeature } from './feature-hash';

export interface WordCaseJson {
  format: 'sift-word-case/1';
  /** Per language group ('en', 'id'), per class ('L', 'U', 'M'): [size, base64 bitmap of `size` bits]. */
  groups: Record<string, Record<string, [number, string]>>;
}

type Bitmap = { cls: string; bits: Uint8Array; size: number };

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The bit of `word` (lower case) in a class's bitmap of `size` bits (size < 2^20). */
export const wordBit = (cls: string, word: string, size: number) => hashFeature(`${cls}${word}`) % size;

let groups: Map<string, Bitmap[]> | null = null;

function load(): Map<string, Bitmap[]> {
  const out = new Map<string, Bitmap[]>();
  for (const [group, classes] of Object.entries((wordCase as unknown as WordCaseJson).groups)) {
    out.set(group, Object.entries(classes).map(([cls, [size, b64]]) => ({ cls, bits: fromBase64(b64), size })));
  }
  return out;
}

/**
 * The classes whose bitmap holds `lower` (a lower-cased word) in a language group's lists: '', 'L', 'U',
 * 'M' or, where bits collide, more than one ('LU'). The tagger keeps the answer with each word form
 * (features.ts), so this is asked once per word.
 */
export function wordCaseOf(group: string, lower: string): string {
  groups ??= load();
  let out = '';
  for (const { cls, bits, size } of groups.get(group) ?? []) {
    const bit = wordBit(cls, lower, size);
    if ((bits[bit >>> 3] ?? 0) & (1 << (bit & 7))) out += cls;
  }
  return out;
}
