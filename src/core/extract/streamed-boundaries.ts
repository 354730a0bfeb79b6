// React's streaming server rendering (renderToPipeableStream, React 18 and later; the Next.js app
// router) sends late content after the rest of the page, each piece in a `<div hidden id="S:n">`, with a
// script that moves it into place: $RS("S:n", "P:n") puts a segment where its `<template id="P:n">` waits;
// $RC("B:m", "S:n") (or $RR, the same with style sheets) puts a Suspense boundary's content at its
// `<template id="B:m">`, removing the fallback ("Loading…") that follows up to the boundary's `<!--/$-->`.
// A live page has run those scripts long before anyone asks for the view; a page saved as HTML and read by
// the CLI has not, and its article would stay hidden (sites built on the Next.js app router save this way).
// Here the moves are done as the scripts do them, on extraction's own copy of the page: where each piece
// goes is read from the scripts' calls, else from the ids (a segment's placeholder has its number). Some
// savers drop every <template> (and the comments and scripts): no piece can go to its place, but each is
// still what the live page showed, so it is shown where it is. Where boundaries remain, a segment that none
// waits for is not placed (its content was never meant to be seen).
import { elementsByTag } from '../elements';

const OPENERS = new Set(['$', '$?', '$!']);
const CALL = /\$R[CRS]\("([BP]:\w+)","(S:\w+)"|\$RS\("(S:\w+)","(P:\w+)"/g;

/** Moves every streamed segment of `doc` to its place, as React's scripts do; a segment without one stays. */
export function placeStreamedBoundaries(doc: Document): void {
  // Every <div> read once, rather than an attribute selector (several times slower under jsdom, on every page).
  const segments = elementsByTag(doc, 'div').filter((div) => div.hasAttribute('hidden') && div.id.startsWith('S:'));
  if (!segments.length) return;
  if (!doc.querySelector('template[id^="B:"], template[id^="P:"]')) {
    for (const segment of segments) segment.removeAttribute('hidden');
    return;
  }
  const targets = scriptedTargets(doc);
  for (const segment of segments) {
    const number = segment.id.slice(2);
    const id = targets.get(segment.id) ?? (doc.getElementById(`P:${number}`) ? `P:${number}` : `B:${number}`);
    const placeholder = doc.getElementById(id);
    const parent = placeholder?.parentNode;
    if (placeholder?.localName !== 'template' || !parent) continue;
    const end = id.startsWith('B:') ? fallbackEnd(placeholder) : placeholder.nextSibling;
    // The placeholder, and a boundary's fallback up to its end marker.
    for (let node: ChildNode | null = placeholder; node && node !== end; ) {
      const next: ChildNode | null = node.nextSibling;
      node.remove();
      node = next;
    }
    while (segment.firstChild) parent.insertBefore(segment.firstChild, end);
    segment.remove();
  }
}

/** Segment id → the placeholder or boundary its script call names. */
function scriptedTargets(doc: Document): Map<string, string> {
  const targets = new Map<string, string>();
  for (const script of elementsByTag(doc, 'script')) {
    const text = script.textContent ?? '';
    if (!text.includes('$R')) continue;
    for (const m of text.matchAll(CALL)) {
      if (m[2] && m[1]) targets.set(m[2], m[1]);
      else if (m[3] && m[4]) targets.set(m[3], m[4]);
    }
  }
  return targets;
}

/**
 * The node after a boundary's fallback: its `<!--/$-->` end marker (nested boundaries counted). Without
 * one (a saver that dropped comments) only the placeholder goes, never the page after it.
 */
function fallbackEnd(placeholder: Element): ChildNode | null {
  let depth = 0;
  for (let node = placeholder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth -= 1;
    } else if (OPENERS.has(data)) depth += 1;
  }
  return placeholder.nextSibling;
}
