// Small edits on IOB2 tag arrays, shared by the view's tag corrections. Every edit keeps the tags valid.
import type { Tag } from './types';

export const isCapital = (word: string) => /^\p{Lu}/u.test(word);
export const isWord = (w: string) => /^\p{L}/u.test(w);
const typeOf = (tag: Tag | undefined) => (tag && tag !== 'O' ? tag.slice(2) : 'O');

/** End (exclusive) of the span starting at `i`, or i + 1 when `i` is O. */
export function spanEnd(tags: readonly Tag[], i: number): number {
  let j = i + 1;
  while (tags[j]?.startsWith('I-')) j += 1;
  return j;
}

export function label(tags: Tag[], from: number, to: number, type: string): void {
  for (let k = from; k < to; k++) tags[k] = (type === 'O' ? 'O' : `${k === from ? 'B' : 'I'}-${type}`) as Tag;
  // An I- left dangling after a relabelled stretch starts a span of its own.
  if (tags[to]?.startsWith('I-') && type !== typeOf(tags[to])) tags[to] = `B-${typeOf(tags[to])}` as Tag;
}

export function spanStart(tags: readonly Tag[], i: number): number {
  let k = i;
  while (k > 0 && tags[k]?.startsWith('I-')) k -= 1;
  return k;
}
