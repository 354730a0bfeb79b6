// The word being read, as a DOM Range over the paragraph's text nodes. The offsets come from the
// voice's boundary events, into the paragraph's spoken text (queue.ts spokenText: whitespace
// collapsed and trimmed), so the text nodes are walked the same way.

/** The Range of `length` characters from `start` of `el`'s spoken text, or null when out of it. */
export function wordRange(el: Element, start: number, length: number): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  // Each spoken character's text node and offset, as far as the word's end.
  const end = start + Math.max(1, length);
  const at: { node: Text; offset: number }[] = [];
  let lastWasSpace = true; // leading whitespace is trimmed
  for (let node = walker.nextNode() as Text | null; node && at.length < end; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let i = 0; i < value.length && at.length < end; i++) {
      const space = /\s/.test(value[i]!);
      if (space && lastWasSpace) continue;
      at.push({ node, offset: i });
      lastWasSpace = space;
    }
  }
  const first = at[start];
  const last = at[Math.min(end, at.length) - 1];
  if (!first || !last || start >= at.length) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
