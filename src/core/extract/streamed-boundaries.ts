// React's streaming server rendering (renderToPipeableStream, React 18 and later; the Next.js app
// router) sends a Suspense boundary's content after the rest of the page, in a `<div hidden id="S:n">`,
// with a script, $RC("B:n", "S:n"), that moves it to the boundary's place: the `<template id="B:n">`
// after a `<!--$?-->` marker, with the fallback ("Loading…") up to the matching `<!--/$-->`. A live page
// has run that script long before anyone asks for the view; a page saved as HTML and read by the CLI
// has not, and its article would stay hidden (sites built on the Next.js app router save this way).
// Here the move is done as the script does it, on extraction's own copy of the page.

const OPENERS = new Set(['$', '$?', '$!']);

/** Moves every streamed segment of `doc` to its boundary, as React's $RC does; a segment without one stays. */
export function placeStreamedBoundaries(doc: Document): void {
  for (const segment of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const placeholder = doc.getElementById(`B:${segment.id.slice(2)}`);
    const parent = placeholder?.parentNode;
    if (placeholder?.localName !== 'template' || !parent) continue;
    // From the placeholder to the boundary's end marker (nested boundaries counted): the fallback.
    let node: ChildNode | null = placeholder;
    let depth = 0;
    while (node) {
      if (node.nodeType === 8) {
        const data = (node as Comment).data;
        if (data === '/$') {
          if (depth === 0) break;
          depth -= 1;
        } else if (OPENERS.has(data)) depth += 1;
      }
      const next: ChildNode | null = node.nextSibling;
      node.remove();
      node = next;
    }
    while (segment.firstChild) parent.insertBefore(segment.firstChild, node);
    segment.remove();
  }
}
