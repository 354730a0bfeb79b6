// What is being read, shown: a class on the paragraph (kept in view) and the word through the CSS
// Custom Highlight API, which marks a Range without touching the DOM (the entity marks and the
// article's markup stay as they are). Where the API is missing, the paragraph alone is marked.
import { wordRange } from './word-range';

const PARAGRAPH_CLASS = 'read-aloud-current';
const WORD_HIGHLIGHT = 'read-aloud-word';

/** Marks `blocks[index]` (none for -1) and, while reading, scrolls it into view. */
export function markParagraph(blocks: readonly Element[], index: number, follow: boolean): void {
  blocks.forEach((block, i) => block.classList.toggle(PARAGRAPH_CLASS, i === index));
  const current = blocks[index];
  if (!follow || !current) return;
  // A glide to the next paragraph, or a jump where the reader asked for less motion.
  const still = current.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  current.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/** Marks the word of `block` at `start` (its length, or up to the next space); null clears it. */
export function markWord(root: Element, block: Element | null, start = 0, length = 0): void {
  const win = root.ownerDocument.defaultView as (Window & HighlightWindow) | null;
  const highlights = win?.CSS?.highlights;
  if (!highlights || !win.Highlight) return;
  if (!block) {
    highlights.delete(WORD_HIGHLIGHT);
    return;
  }
  const rest = (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(start);
  const range = wordRange(block, start, length || (rest.match(/^\S+/)?.[0].length ?? 0));
  if (range) highlights.set(WORD_HIGHLIGHT, new win.Highlight(range));
  else highlights.delete(WORD_HIGHLIGHT);
}
