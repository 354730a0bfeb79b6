import type { Removal } from '../article';
import { textOf, type Place } from './dom';
import { REMOVED_MARKER, shippedHtml } from './markers';

// Where a block taken out of the page before Readability stood, told by the prose just before it:
// Readability rebuilds the tree, so no marker left in the page would survive it, but the paragraph
// the block followed is still there in the article. After the article passes, a hidden marker
// (markers.ts) goes right after the article's block that starts with the same words, and the block
// can be put back there. Without such a paragraph (the block came before any prose, or its paragraph
// was not kept) the removal is listed but has no place.

const PROSE = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';
const PROSE_SET = new Set(PROSE.split(', '));
const MIN_ANCHOR = 25;
const ANCHOR_LENGTH = 60;

/** The prose block `node` ends with (itself or its last descendant block with enough text). */
function lastProse(node: Node): string {
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (!PROSE_SET.has(el.localName)) return lastProseInside(el);
  const text = textOf(el);
  return text.length >= MIN_ANCHOR ? text : '';
}

/**
 * The last prose block under `el` with enough text, in reverse document order (children last to first,
 * each subtree before its root), stopping at the first: a query for every prose block of a big sibling
 * cost more than the rest of the pass.
 */
function lastProseInside(el: Element): string {
  for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
    const inner = lastProseInside(child);
    if (inner) return inner;
    if (PROSE_SET.has(child.localName)) {
      const text = textOf(child);
      if (text.length >= MIN_ANCHOR) return text;
    }
  }
  return '';
}

/**
 * The start of the last prose block before the place an element was taken from, or ''. Its next
 * sibling then may have gone too (two ads in a row): the place of that one stands in for it.
 */
function proseBefore(place: Place, placeOf: Map<Node, Place>, stop: Node | null): string {
  let { parent, next } = place;
  for (let taken = next && placeOf.get(next); taken && next?.parentNode !== parent; taken = next && placeOf.get(next)) {
    ({ parent, next } = taken);
  }
  let container: Node | null = parent;
  let node: Node | null = next ? next.previousSibling : parent?.lastChild ?? null;
  while (container) {
    for (let n = node; n; n = n.previousSibling) {
      const text = lastProse(n);
      if (text) return text.slice(0, ANCHOR_LENGTH);
    }
    if (container === stop) break;
    node = container.previousSibling;
    container = container.parentNode;
  }
  return '';
}

/**
 * For each page-pass removal (lined up with `places`), the words of the prose it followed. The anchors
 * are read once the pass is over; the block's HTML waits until it has a place in the article.
 */
export function anchorPageRemovals(doc: Document, places: Place[]): string[] {
  const placeOf = new Map<Node, Place>(places.map((place) => [place.el, place]));
  return places.map((place) => proseBefore(place, placeOf, doc.body));
}

/**
 * Leaves a marker for each page removal (`elements`: the blocks taken) whose anchor starts a block of the article `root`, right
 * after that block (after the markers already there, so removals keep their order), numbered from
 * `first` on. Returns how many numbers it used.
 */
export function placePageMarkers(root: Element, removed: Removal[], anchors: string[], elements: Element[], first: number): number {
  const blocks = Array.from(root.querySelectorAll(PROSE));
  const texts = blocks.map((block) => textOf(block));
  let next = first;
  removed.forEach((removal, i) => {
    const anchor = anchors[i];
    const at = anchor ? texts.findIndex((text) => text.startsWith(anchor)) : -1;
    // No place in the article: listed, but nothing to ship for a Show that cannot be. The HTML is
    // copied only now, for the few that have a place (copying every ad slot and menu cost more).
    const el = elements[i];
    const html = at < 0 || !el ? undefined : shippedHtml(el);
    if (html === undefined) return;
    removal.html = html;
    let after: Element = blocks[at]!;
    while (after.nextElementSibling?.hasAttribute(REMOVED_MARKER)) after = after.nextElementSibling;
    const marker = root.ownerDocument.createElement('span');
    marker.setAttribute(REMOVED_MARKER, String(next));
    marker.setAttribute('hidden', '');
    after.after(marker);
    removal.at = next;
    next += 1;
  });
  return next - first;
}
