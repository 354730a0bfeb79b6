import type { Removal } from '../article';
import type { Place } from './dom';

// Where each block the article passes took out stood, so the view can put it back in place: an empty,
// hidden marker element is left there (<span data-sift-removed="3" hidden></span>, kept by
// core/sanitize), and the removal carries the block's HTML, capped. A marker has no text, so the
// plain text, the word count, entity offsets and the Markdown are those of the article without it.
// Removals before Readability (pass 'page') get no marker in the page: Readability rebuilds the
// page's tree (re-parenting, dropping empty and unlikely nodes), so a marker placed there would often
// not survive, and would change what Readability scores. They are placed afterwards by the prose they
// followed (page-markers.ts).

export const REMOVED_MARKER = 'data-sift-removed';
/** The attribute of the wrapper a block put back in the view sits in (not article text: entities skip it). */
export const RESTORED_BLOCK = 'data-sift-restored';
/** A block longer than this (its HTML) is listed but not shipped: a restore is for short clutter. */
export const MAX_REMOVED_HTML = 4000;

// What the view's sanitizer would drop anyway (an ad slot is mostly its scripts): not worth shipping.
const UNSHOWN = 'script, style, noscript, template, iframe, object, embed, link, meta';

/** `el`'s HTML as shipped for a Show: without what would never show, and only when short enough. */
export function shippedHtml(el: Element): string | undefined {
  // Its shown text alone over the cap settles it without copying the block (a whole footer, a menu).
  if (shownTextOver(el, MAX_REMOVED_HTML)) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const drop of copy.querySelectorAll(UNSHOWN)) drop.remove();
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name } of [...node.attributes]) if (/^on/i.test(name) || name === 'style' || name.startsWith('data-')) node.removeAttribute(name);
  }
  const html = copy.outerHTML;
  return html.length <= MAX_REMOVED_HTML ? html : undefined;
}

const UNSHOWN_TAGS = new Set(UNSHOWN.split(', '));

/** Whether the text `shippedHtml` would keep of `el` runs over `max` characters (its HTML is then longer still). */
function shownTextOver(el: Element, max: number): boolean {
  let total = 0;
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) return (total += (node as Text).data.length) > max;
    if (node.nodeType !== 1 || UNSHOWN_TAGS.has((node as Element).localName)) return false;
    for (let child = node.firstChild; child; child = child.nextSibling) if (visit(child)) return true;
    return false;
  };
  return visit(el);
}

/**
 * Undoes the removals recorded in `places` (one per `removed` entry) last first, each time putting a
 * marker where the element stood, so every marker lands in the tree as it was when its element went.
 */
export function leaveMarkers(root: Element, removed: Removal[], places: Place[]): void {
  // The page's own attributes of that name would pass for ours.
  for (const el of root.querySelectorAll(`[${REMOVED_MARKER}]`)) el.removeAttribute(REMOVED_MARKER);
  const doc = root.ownerDocument;
  const markers = new Map<Node, Element>();
  for (let i = places.length - 1; i >= 0; i--) {
    const { el, parent, next } = places[i]!;
    const removal = removed[i];
    if (!removal || !parent) continue;
    const marker = doc.createElement('span');
    marker.setAttribute(REMOVED_MARKER, String(i));
    marker.setAttribute('hidden', '');
    if (root === parent || root.contains(parent)) {
      const before = next ? (markers.get(next) ?? (next.parentNode === parent ? next : null)) : null;
      parent.insertBefore(marker, before);
    } else {
      // Inside a block removed later (a box emptied by an earlier rule): just before that block's marker.
      const outer = enclosingMarker(parent, markers);
      if (!outer) continue;
      outer.before(marker);
    }
    markers.set(el, marker);
    removal.at = i;
    const html = shippedHtml(el);
    if (html !== undefined) removal.html = html;
  }
}

function enclosingMarker(node: Node, markers: Map<Node, Element>): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    const marker = markers.get(n);
    if (marker) return marker;
  }
  return null;
}
