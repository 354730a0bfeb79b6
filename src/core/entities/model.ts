// The shipped weights of the entity tagger: an averaged perceptron over hashed features, pruned to the
// buckets that matter and quantised to int8 (one row of 7 tag weights per bucket). Stored as base64 so
// the JSON stays small; decoded once, on first use.
import type { Tag } from './types';

export const TAGS: readonly Tag[] = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

export interface ModelJson {
  format: 'sift-ner-perceptron/1';
  hashBits: number;
  tags: string[];
  /** Weight = integer code * scale. */
  scale: number;
  /** Bucket numbers, ascending, as base64 of unsigned LEB128 deltas. */
  keys: string;
  /** One int8 row of tags.length codes per key, base64. */
  weights: string;
  /** The few rows with a code beyond int8 (bias-like features that fire on every token): [bucket, ...codes]. */
  wide: number[][];
}

/** Adds a feature bucket's weights into per-tag scores. */
export interface Weights {
  add(bucket: number, scores: Float64Array): void;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Decodes the bucket list (LEB128 deltas). */
export function decodeKeys(b64: string): number[] {
  const bytes = fromBase64(b64);
  const keys: number[] = [];
  let value = 0;
  let shift = 0;
  let last = 0;
  for (const byte of bytes) {
    value |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte & 0x80) continue;
    last += value;
    keys.push(last);
    value = 0;
    shift = 0;
  }
  return keys;
}

/** Encodes ascending bucket numbers and their int8 rows (training side). */
export function encodeModel(hashBits: number, scale: number, keys: readonly number[], rows: Int8Array, wide: number[][]): ModelJson {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  const weights = new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength);
  return { format: 'sift-ner-perceptron/1', hashBits, tags: [...TAGS], scale, keys: toBase64(Uint8Array.from(bytes)), weights: toBase64(weights), wide };
}

/**
 * The runtime view of a model JSON: bucket -> row of per-tag weights, in an open-addressing table (a Map
 * of ~50,000 numbers is the tagger's slowest part otherwise).
 */
export function loadWeights(model: ModelJson): Weights {
  const keys = decodeKeys(model.keys);
  const codes = new Int8Array(fromBase64(model.weights).buffer);
  const width = model.tags.length;
  const rows = keys.length + model.wide.length;
  const values = new Float64Array(rows * width);
  codes.forEach((code, i) => (values[i] = code * model.scale));
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
