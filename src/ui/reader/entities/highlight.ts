// Wraps recognised mentions in <mark> by splitting the article's text nodes: no HTML strings, no
// innerHTML, so nothing from the page is ever parsed again. Pure DOM: no browser extension APIs.
import type { TextBlock } from '../../../core/entities/blocks';
import type { Entity, EntityType, Mention } from '../../../core/entities/types';

export interface HighlightFilter {
  types: Set<EntityType>;
  keyOnly: boolean;
}

export const MARK_CLASS = 'entity';

/** Whether an entity is shown under the filter (the panel and the marks use the same rule). */
export function isShown(entity: Entity | undefined, filter: HighlightFilter): entity is Entity {
  return entity !== undefined && filter.types.has(entity.type) && (!filter.keyOnly || entity.key);
}

interface Piece { node: Text; start: number; end: number; mention: number }

/** The parts of [start, end) of a block's text that fall in each of its text nodes. */
function piecesOf(block: TextBlock, start: number, end: number, mention: number): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const node of block.nodes) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + node.data.length);
    if (from < to) pieces.push({ node, start: from - offset, end: to - offset, mention });
    offset += node.data.length;
    if (offset >= end) break;
  }
  return pieces;
}

function wrap(piece: Piece, entity: Entity, index: number): HTMLElement {
  // data-mention ties the pieces of one mention together, so the panel cycles mentions, not pieces.
  const { node } = piece;
  if (piece.end < node.data.length) node.splitText(piece.end);
  const middle = piece.start > 0 ? node.splitText(piece.start) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.className = `${MARK_CLASS} ${MARK_CLASS}--${entity.type}`;
  mark.dataset.entity = String(index);
  mark.dataset.mention = String(piece.mention);
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return mark;
}

/**
 * Wraps every shown mention (a mention across several text nodes gets one mark per piece) and
 * returns the marks of each entity index, in document order. `blocks` must be fresh: textBlocks of
 * the article as it is now (clearHighlights merges text nodes, which stales older blocks).
 */
export function highlightMentions(
  blocks: TextBlock[], mentions: Mention[], entities: Entity[], filter: HighlightFilter,
): HTMLElement[][] {
  const marks: HTMLElement[][] = entities.map(() => []);
  const perMention: HTMLElement[][] = mentions.map(() => []);
  const pieces: Piece[] = [];
  const lastEnd = new Map<number, number>();
  const order = mentions.map((m, i) => i).sort((a, b) => mentions[a]!.block - mentions[b]!.block || mentions[a]!.start - mentions[b]!.start);
  for (const i of order) {
    const m = mentions[i]!;
    const block = blocks[m.block];
    if (!block || !isShown(entities[m.entity], filter)) continue;
    // Overlapping or out-of-range mentions would wrap the wrong text: skip them rather than guess.
    if (m.start < (lastEnd.get(m.block) ?? 0) || m.end > block.text.length || m.start >= m.end) continue;
    lastEnd.set(m.block, m.end);
    pieces.push(...piecesOf(block, m.start, m.end, i));
  }
  // Last piece first: splitting a node keeps the original Text object as its head, so the offsets
  // of earlier pieces in the same node stay valid.
  for (let p = pieces.length - 1; p >= 0; p -= 1) {
    const piece = pieces[p]!;
    const m = mentions[piece.mention]!;
    perMention[piece.mention]!.unshift(wrap(piece, entities[m.entity]!, m.entity));
  }
  for (const i of order) {
    const m = mentions[i]!;
    if (perMention[i]!.length) marks[m.entity]!.push(...perMention[i]!);
  }
  return marks;
}

/** The first mark of each mention, in order: where the panel scrolls to. */
export function mentionStarts(marks: HTMLElement[]): HTMLElement[] {
  const seen = new Set<string | undefined>();
  return marks.filter((mark) => !seen.has(mark.dataset.mention) && seen.add(mark.dataset.mention));
}

/** Unwraps every mark this module made and merges the text back, leaving the article as before. */
export function clearHighlights(root: Element): void {
  const parents = new Set<Node>();
  for (const mark of [...root.querySelectorAll(`mark.${MARK_CLASS}[data-entity]`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
