// The shipped weights of the entity tagger: an averaged perceptron over hashed features, the buckets that
// matter most, quantised to small integer codes (one row of 7 tag weights per bucket). Stored as text
// gzip can read byte for byte (base64 hid the codes' small range from it: 13 KB more at the same
// weights): one character per code, and the bucket numbers as base-45 deltas. Decoded once, on first use.
import type { Tag } from './types';

export const TAGS: readonly Tag[] = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

export interface ModelJson {
  format: 'sift-ner-perceptron/2';
  hashBits: number;
  tags: string[];
  /** Weight = integer code * scale. */
  scale: number;
  /** Bucket numbers, ascending, as deltas in base 45: DIGITS[0..44] a digit with more to come, [45..89] the last. */
  keys: string;
  /** One row of tags.length codes per key, code c written as DIGITS[c + MAX_CODE]. */
  weights: string;
  /** The few rows with a code beyond MAX_CODE (bias-like features that fire on every token): [bucket, ...codes]. */
  wide: number[][];
}

/** Printable ASCII without '"' and '\\', so the strings need no escapes in JSON: 91 characters. */
const DIGITS = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i)).filter((c) => c !== '\\').join('');
const BASE = 45;
/** The largest |code| a weights character holds. */
export const MAX_CODE = 44;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

/** Adds a feature bucket's weights into per-tag scores. */
export interface Weights {
  add(bucket: number, scores: Float64Array): void;
}

/** Decodes the bucket list (base-45 deltas). */
export function decodeKeys(text: string): number[] {
  const keys: number[] = [];
  let value = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const d = VALUE[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`model keys: unexpected character at ${i}`);
    if (d < BASE) {
      value = value * BASE + d;
      continue;
    }
    last += value * BASE + (d - BASE);
    keys.push(last);
    value = 0;
  }
  return keys;
}

/** Encodes ascending bucket numbers and their rows of codes in -MAX_CODE..MAX_CODE (training side). */
export function encodeModel(hashBits: number, scale: number, keys: readonly number[], rows: Int8Array, wide: number[][]): ModelJson {
  let text = '';
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    const digits: number[] = [];
    do {
      digits.push(delta % BASE);
      delta = Math.floor(delta / BASE);
    } while (delta > 0);
    for (let i = digits.length - 1; i > 0; i--) text += DIGITS[digits[i] as number];
    text += DIGITS[BASE + (digits[0] as number)];
  }
  let weights = '';
  for (const code of rows) {
    if (Math.abs(code) > MAX_CODE) throw new Error(`model weights: code ${code} beyond ${MAX_CODE}`);
    weights += DIGITS[code + MAX_CODE];
  }
  return { format: 'sift-ner-perceptron/2', hashBits, tags: [...TAGS], scale, keys: text, weights, wide };
}

/**
 * The runtime view of a model JSON: bucket -> row of per-tag weights, in an open-addressing table (a Map
 * of ~50,000 numbers is the tagger's slowest part otherwise).
 */
export function loadWeights(model: ModelJson): Weights {
  const keys = decodeKeys(model.keys);
  const width = model.tags.length;
  const rows = keys.length + model.wide.length;
  const values = new Float64Array(rows * width);
  for (let i = 0; i < model.weights.length; i++) values[i] = ((VALUE[model.weights.charCodeAt(i)] ?? MAX_CODE) - MAX_CODE) * model.scale;
  let size = 1;
  while (size < rows * 2) size <<= 1;
  const mask = size - 1;
  const slotKey = new Int32Array(size).fill(-1);
  const slotRow = new Int32Array(size);
  const put = (bucket: number, at: number) => {
    let i = bucket & mask;
    while (slotKey[i] !== -1) i = (i + 1) & mask;
    slotKey[i] = bucket;
    slotRow[i] = at;
  };
  keys.forEach((k, i) => put(k, i * width));
  model.wide.forEach(([bucket, ...row], i) => {
    const at = (keys.length + i) * width;
    row.forEach((code, t) => (values[at + t] = code * model.scale));
    put(bucket ?? -1, at);
  });
  return {
    add(bucket, scores) {
      let i = bucket & mask;
      for (;;) {
        const k = slotKey[i];
        if (k === bucket) break;
        if (k === -1) return;
        i = (i + 1) & mask;
      }
      const at = slotRow[i] ?? 0;
      for (let t = 0; t < width; t++) scores[t] = (scores[t] ?? 0) + (values[at + t] ?? 0);
    },
  };
}
