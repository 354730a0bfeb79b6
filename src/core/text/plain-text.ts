// Article HTML (a DOM subtree) → plain text: one paragraph per block, paragraphs separated by a blank
// line, a <br> a line break inside its paragraph, inline markup dropped, whitespace collapsed (kept inside
// <pre>), captions left out unless asked. Collapsing takes every Unicode space (no-break, narrow no-break,
// ideographic) to one plain space: "of&nbsp;TSP" and "papers.&nbsp; They" read, search and copy as the words
// they are; the no-break is layout, and plain text has none.
import { BLOCK_TAGS, BREAK_TAGS, TABLE_CELL_TAGS, tagSet } from './block-tags';

// A table's row and caption are paragraphs of their own.
const BLOCKS = tagSet(BLOCK_TAGS, BREAK_TAGS, ['tr', 'caption']);
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
  let lines: string[] = [];
  let current = '';
  let preformatted = false;
  const endLine = () => {
    const text = preformatted ? current : current.replace(/\s+/g, ' ').trim();
    if (text || lines.length) lines.push(text);
    current = '';
  };
  const flush = () => {
    endLine();
    const text = preformatted ? lines.join('\n').replace(/^\n+|\s+$/g, '') : lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text) paragraphs.push(text);
    lines = [];
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
      endLine();
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
