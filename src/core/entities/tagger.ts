// The entity tagger: IOB2 tags over PER/ORG/LOC for one sentence, decoded greedily left to right by an
// averaged perceptron (weights in rules/entities/model.json, trained by scripts/train-ner.ts). Pure: runs
// in Node and in the browser, no DOM, the weights come in through a static JSON import.
import modelJson from '../../rules/entities/model.json';
import { contextFeatures, sentenceFeatures } from './features';
import { loadWeights, TAGS, type ModelJson, type Weights } from './model';
import type { Tag } from './types';

/** IOB2: an I-X may only follow B-X or I-X. */
export function allowed(prev: Tag | '<s>', tag: Tag): boolean {
  if (tag[0] !== 'I') return true;
  return prev !== '<s>' && prev !== 'O' && prev.slice(2) === tag.slice(2);
}

/**
 * Greedy decoding with `weights`; `onStep` (training only) sees each token's features and prediction.
 * The best allowed tag is taken, so the output is always valid IOB2.
 */
export function decode(
  words: readonly string[],
  lang: string,
  weights: Weights,
  onStep?: (i: number, features: number[], predicted: number) => Tag | void,
): Tag[] {
  const { features, lower, shapes } = sentenceFeatures(words, lang);
  const tags: Tag[] = [];
  const scores = new Float64Array(TAGS.length);
  let prev: Tag | '<s>' = '<s>';
  let prev2: Tag | '<s>' = '<s>';
  for (let i = 0; i < words.length; i++) {
    const feats = (features[i] ?? []).concat(contextFeatures(prev, prev2, lower[i] ?? '', shapes[i] ?? ''));
    scores.fill(0);
    for (const f of feats) weights.add(f, scores);
    let best = 0;
    for (let t = 1; t < TAGS.length; t++) {
      if ((scores[t] ?? 0) > (scores[best] ?? 0) && allowed(prev, TAGS[t] as Tag)) best = t;
    }
    // Training may force the history to the gold tag; at run time the prediction is the history.
    const tag = (onStep?.(i, feats, best) ?? TAGS[best]) as Tag;
    tags.push(TAGS[best] as Tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

let shipped: Weights | null = null;

/** IOB2 tags for the tokens of one sentence (`lang` a BCP 47 tag, '' when unknown). */
export function tagTokens(tokens: string[], lang: string): Tag[] {
  if (!tokens.length) return [];
  shipped ??= loadWeights(modelJson as ModelJson);
  return decode(tokens, lang, shipped);
}
