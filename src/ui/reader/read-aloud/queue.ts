// What read aloud reads, in order: the title, then each block of prose of the body. Captions and
// figure credits belong to the pictures, not the story, so they are left out (as the plain text
// leaves them out). Pure DOM functions: tested under jsdom without speech.

/** Blocks that hold prose; a block holding another one (an <li> with a <p>) is read through its inner blocks. */
const PROSE = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, dt, dd, td, th';
/** Figures and their captions; class words that name a caption or a credit ("wp-caption-text", "photo-credit"). */
const PICTURE = 'figure, figcaption, picture';
const CREDIT_CLASS = /(^|[-_\s])(caption|credit)([-_\s]|$)/i;

function isPictureText(el: Element, body: Element): boolean {
  if (el.closest(PICTURE)) return true;
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    if (CREDIT_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The text a block is read as: its words, whitespace collapsed (the offsets of word boundaries are into this). */
export function spokenText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The elements to read, in order: the title (when given), then the body's prose blocks. */
export function readingQueue(title: Element | null, body: Element): Element[] {
  const blocks = [...body.querySelectorAll(PROSE)].filter((el) =>
    !el.querySelector(PROSE) && !isPictureText(el, body) && spokenText(el) !== '');
  return title && spokenText(title) ? [title, ...blocks] : blocks;
}

/** The index one step from `index` (±1), kept inside a queue of `length`. */
export function stepIndex(index: number, direction: 1 | -1, length: number): number {
  return Math.min(length - 1, Math.max(0, index + direction));
}

/** Where a pause leaves off: the paragraph and the character where its last spoken word began. */
export interface Position {
  index: number;
  offset: number;
}

/**
 * The text to speak to go on from `position`: the rest of the paragraph from the last word that was
 * begun (a paragraph read again from its start would repeat what was heard).
 */
export function remainingText(text: string, offset: number): { text: string; offset: number } {
  if (offset <= 0 || offset >= text.length) return { text, offset: 0 };
  // Back to the start of the word the offset falls in.
  let start = offset;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start -= 1;
  return { text: text.slice(start), offset: start };
}

/**
 * The start of `text` to say in one utterance: at most `max` characters, cut after a sentence's end
 * where there is one, else after a space (a word is never cut unless it is longer than `max`).
 * The piece keeps its trailing space, so the rest starts on a word.
 */
export function firstPiece(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const sentence = [...head.matchAll(/[.!?…;:]["'”’)\]]*\s/g)].pop();
  if (sentence && sentence.index! > max / 4) return text.slice(0, sentence.index! + sentence[0].length);
  const space = head.lastIndexOf(' ');
  return space > 0 ? text.slice(0, space + 1) : text.slice(0, max);
}
