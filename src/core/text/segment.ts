// Intl.Segmenter in bounded pieces. ICU's segmenters are super-linear in the length of what they are
// given (Node 20, a word segmenter: 50,000 characters 0.7 s, 100,000 2.7 s, 200,000 229 s), so a 2 MB
// paragraph never finished. Text longer than a piece is cut at a space (a sentence end where there is
// one, for sentences), and each piece is segmented alone with its offsets moved back into the text.

/** Characters given to the segmenter at once: linear time below this (a few ms a piece). */
export const PIECE = 2000;

export interface Piece {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

const SENTENCE_END = /[.!?。！？]\s+/g;

/** Where to cut `text` at or before `end` (after `start`): past a sentence end, else after a space, else at `end`. */
function cutAt(text: string, start: number, end: number, sentences: boolean): number {
  const window = text.slice(start, end);
  if (sentences) {
    let last = -1;
    for (const m of window.matchAll(SENTENCE_END)) last = m.index + m[0].length;
    if (last > 0) return start + last;
  }
  const space = window.search(/\s\S*$/);
  if (space > 0) return start + space + 1;
  // No space in the piece (a run of Han or Thai): anywhere but inside a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The segments of `text`, as segmenter.segment(text) would give them, for text of any length. */
export function* segmentBounded(segmenter: Intl.Segmenter, text: string, piece = PIECE): Generator<Piece> {
  if (text.length <= piece) {
    yield* segmenter.segment(text);
    return;
  }
  const sentences = segmenter.resolvedOptions().granularity === 'sentence';
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= piece ? text.length : cutAt(text, start, start + piece, sentences);
    for (const s of segmenter.segment(text.slice(start, end))) yield { segment: s.segment, index: s.index + start, isWordLike: s.isWordLike };
    start = end;
  }
}
