// Article HTML (a DOM subtree) → plain text: one paragraph per block, paragraphs separated by a blank
// line, inline markup dropped, whitespace collapsed (kept inside <pre>), captions left out unless asked.
import { BLOCK_TAGS, BREAK_TAGS, TABLE_CELL_TAGS, tagSet } from './block-tags';

// A table's row and caption are paragraphs of their own; <br> ends one too (handled before the lookup).
const BLOCKS = tagSet(BLOCK_TAGS, BREAK_TAGS, ['tr', 'caption', 'br']);
const CELLS = tagSet(TABLE_CELL_TAGS);
// Blink's HTML parser nests at most 512 levels; a script-built page can nest 20,000 (stack overflow).
const MAX_DEPTH = 400;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

export interface PlainTextOptions {
  /** Image captions and credits belong to the picture, not the body text (default: left out). */
  captions?: boolean;
}

export function plainTextOf(root: Node, options: PlainTextOptions = {}): string {
  const skip = options.captions ? SKIP : new Set([...SKIP, 'figcaption']);
  const paragraphs: string[] = [];
  let current = '';
  let preformatted = false;
  const flush = () => {
    const text = preformatted
      ? current.replace(/^\n+|\s+$/g, '')
      : current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node, inPre: boolean, depth: number) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    // Past a parser's depth (only scripts nest deeper) the rest is its text: the walk recurses.
    if (depth > MAX_DEPTH) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = (node as Element).localName ?? '';
    if (skip.has(name)) return;
    if (name === 'br') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const wasPre = preformatted;
    preformatted = inPre || name === 'pre';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, preformatted, depth + 1);
    if (block) flush();
    else if (CELLS.has(name)) current += ' ';
    preformatted = wasPre;
  };
  walk(root, false, 0);
  flush();
  return paragraphs.join('\n\n');
}
