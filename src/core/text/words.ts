// Chinese, Japanese, Thai, Lao, Khmer and Burmese write no spaces between words: a whole paragraph
// would be one "word" if words were runs of non-space characters. Their runs go through the
// platform's word segmenter (ICU dictionaries), or, where there is none, count a word per character.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const UNSPACED_CHARS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/gu;

import { segmentBounded } from './segment';

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

function unspacedWords(token: string): number {
  const words = wordSegmenter();
  if (!words) return (token.match(UNSPACED_CHARS) ?? []).length + (token.replace(UNSPACED_CHARS, ' ').match(/\S*[\p{L}\p{N}]\S*/gu) ?? []).length;
  let n = 0;
  for (const segment of segmentBounded(words, token)) if (segment.isWordLike) n++;
  return n;
}

/**
 * Words in `text`: runs of non-space characters, and the words of a run in a script written without
 * spaces. One count for extraction and declutter alike; text without such scripts takes the fast path.
 */
export function countWords(text: string): number {
  const tokens = text.trim().match(/\S+/g);
  if (!tokens) return 0;
  if (!UNSPACED.test(text)) return tokens.length;
  let n = 0;
  for (const token of tokens) n += UNSPACED.test(token) ? unspacedWords(token) : 1;
  return n;
}
