// The entity tagger: IOB2 tags over PER/ORG/LOC for one sentence, by a first-order structured perceptron
// (weights in rules/entities/model.json, trained by scripts/data/train-ner.ts) decoded with Viterbi. Pure: runs
// in Node and in the browser, no DOM; the weights come in through a static JSON import.
import modelJson from '../../rules/entities/model.json';
import { contextBucket, contextConstants, sentenceFeatures } from './features';
import { loadWeights, TAGS, type ModelJson, type Weights } from './model';
import { fixModelTags } from './model-fixes';
import type { Tag } from './types';

export const START = '<s>';
const N = TAGS.length;

/** IOB2: an I-X may only follow B-X or I-X. */
export function allowed(prev: Tag | typeof START, tag: Tag): boolean {
  if (tag[0] !== 'I') return true;
  return prev !== START && prev !== 'O' && prev.slice(2) === tag.slice(2);
}

const ALLOWED = [START, ...TAGS].map((p) => TAGS.map((t) => allowed(p as Tag, t)));
/** The previous-tag feature states, indexed like ALLOWED (START first). */
const CONTEXTS = [START, ...TAGS].map((p) => contextConstants(p));

/**
 * Best tag sequence under `weights` (Viterbi over the previous tag). Transitions that break IOB2 are never
 * taken, so the output is always valid IOB2.
 */
export function decode(words: readonly string[], lang: string, weights: Weights): Tag[] {
  const n = words.length;
  if (!n) return [];
  const { features, lower, shapes } = sentenceFeatures(words, lang);
  const local = new Float64Array(N);
  const pair = new Float64Array(N);
  let score = new Float64Array(N);
  let next = new Float64Array(N);
  const back = new Int8Array(n * N);
  for (let i = 0; i < n; i++) {
    local.fill(0);
    for (const f of features[i] ?? []) weights.add(f, local);
    next.fill(-Infinity);
    const word = lower[i] as string;
    const wordShape = shapes[i] as string;
    // Previous states: START (-1) for the first token, else every tag (index p + 1 in ALLOWED and CONTEXTS).
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : N); p++) {
      const base = i === 0 ? 0 : (score[p] as number);
      if (base === -Infinity) continue;
      pair.fill(0);
      const c = CONTEXTS[p + 1] as ReturnType<typeof contextConstants>;
      weights.add(c.t, pair);
      weights.add(contextBucket(c.ts, wordShape), pair);
      weights.add(contextBucket(c.tw, word), pair);
      const ok = ALLOWED[p + 1] ?? [];
      for (let t = 0; t < N; t++) {
        if (!ok[t]) continue;
        const s = base + (local[t] ?? 0) + (pair[t] ?? 0);
        if (s > (next[t] ?? -Infinity)) {
          next[t] = s;
          back[i * N + t] = p;
        }
      }
    }
    [score, next] = [next, score];
  }
  let best = 0;
  for (let t = 1; t < N; t++) if ((score[t] ?? -Infinity) > (score[best] ?? -Infinity)) best = t;
  const tags = new Array<Tag>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = TAGS[best] as Tag;
    best = back[i * N + best] ?? 0;
  }
  return tags;
}

let shipped: Weights | null = null;

/** IOB2 tags for the tokens of one sentence (`lang` a BCP 47 tag, '' when unknown). */
export function tagTokens(tokens: string[], lang: string): Tag[] {
  if (!tokens.length) return [];
  shipped ??= loadWeights(modelJson as ModelJson);
  return fixModelTags(tokens, decode(tokens, lang, shipped), lang);
}
