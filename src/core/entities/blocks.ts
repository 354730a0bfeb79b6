// The text blocks of an article element, the units the recognizer reads and the view highlights.
// A block's text is the exact concatenation of its text nodes (whitespace NOT collapsed), so a
// mention's offsets map straight back onto text nodes when the view wraps them in <mark>.
import { RESTORED_BLOCK } from '../declutter/markers';
import { BLOCK_TAGS, TABLE_CELL_TAGS, TABLE_SECTION_TAGS, tagSet } from '../text/block-tags';

// The shared block-tag table (text/block-tags.ts), with table parts, captions and a disclosure's label as
// blocks of their own too: a name never runs on from one cell, row or caption into the next.
const BLOCK = tagSet(BLOCK_TAGS, TABLE_SECTION_TAGS, TABLE_CELL_TAGS, ['caption', 'tr', 'summary']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'code', 'pre']);

export interface TextBlock {
  /** The text nodes of the block, in order; their data concatenated is `text`. */
  nodes: Text[];
  text: string;
}

/**
 * Splits `root` into blocks: each run of text nodes between block boundaries is one block. Code and
 * preformatted text are left out (identifiers are not names).
 */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: Text[] = [];
  const flush = () => {
    const text = current.map((n) => n.data).join('');
    if (text.trim()) blocks.push({ nodes: current, text });
    current = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current.push(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = (node as Element).localName ?? '';
    if (SKIP.has(name)) return;
    // A removed block the reader put back (ui/reader/removed) is not the article: offsets stay the article's.
    if (name && (node as Element).hasAttribute(RESTORED_BLOCK)) return;
    if (name === 'br') return flush();
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}
