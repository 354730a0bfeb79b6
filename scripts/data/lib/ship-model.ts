// What of the trained weights ships (src/rules/entities/model.json), and how: the buckets that matter
// most, quantised to small integer codes. Used by scripts/data/train-ner.ts.
import { contextFeatures, HASH_BITS, sentenceFeatures } from '../../../src/core/entities/features';
import { encodeModel, MAX_CODE, TAGS } from '../../../src/core/entities/model';
import { START } from '../../../src/core/entities/tagger';
import type { Sentence } from '../../lib/conll';

const WIDTH = TAGS.length;

/**
 * How often each feature bucket fires on the training data's gold paths (an Indonesian sentence as often
 * as it is repeated): a weight learnt from one sentence matters less than one used everywhere.
 */
export function featureCounts(sets: ReadonlyArray<{ lang: string; sentences: Sentence[] }>): Float64Array {
  const counts = new Float64Array(1 << HASH_BITS);
  for (const { lang, sentences } of sets) {
    for (const { tokens, tags } of sentences) {
      const { features, lower, shapes } = sentenceFeatures(tokens, lang);
      features.forEach((fs, i) => {
        for (const b of fs.concat(contextFeatures(i === 0 ? START : (tags[i - 1] ?? 'O'), lower[i] ?? '', shapes[i] ?? ''))) counts[b] = (counts[b] ?? 0) + 1;
      });
    }
  }
  return counts;
}

/**
 * Keeps the `rows` buckets that matter most (largest |weight| times log(1 + count)) and quantises them into
 * the shipped JSON: linear integer codes with a scale set so that 99.5% of kept rows fit in -levels..levels;
 * rows beyond MAX_CODE (bias-like features) are stored as wide integer rows.
 */
export function ship(weights: Float64Array, counts: Float64Array, rows: number, levels: number) {
  const ranked: Array<{ bucket: number; max: number; score: number }> = [];
  for (let b = 0; b < 1 << HASH_BITS; b++) {
    let max = 0;
    for (let t = 0; t < WIDTH; t++) max = Math.max(max, Math.abs(weights[b * WIDTH + t] ?? 0));
    if (max > 0) ranked.push({ bucket: b, max, score: max * Math.log1p(counts[b] ?? 0) });
  }
  // Ties broken by bucket number, so the same weights always ship the same rows.
  const kept = ranked.sort((a, b) => b.score - a.score || a.bucket - b.bucket).slice(0, rows).sort((a, b) => a.bucket - b.bucket);
  const sorted = kept.map((k) => k.max).sort((a, b) => a - b);
  const scale = Number(((sorted[Math.floor(sorted.length * 0.995)] ?? 1) / levels).toPrecision(6));
  const code = (v: number) => Math.round(v / scale);
  const keys: number[] = [];
  const wide: number[][] = [];
  const narrow: number[] = [];
  for (const { bucket: b, max } of kept) {
    const row = Array.from({ length: WIDTH }, (_, t) => code(weights[b * WIDTH + t] ?? 0));
    if (max / scale > MAX_CODE + 0.4) wide.push([b, ...row]);
    else {
      keys.push(b);
      narrow.push(...row);
    }
  }
  return encodeModel(HASH_BITS, scale, keys, Int8Array.from(narrow), wide);
}

