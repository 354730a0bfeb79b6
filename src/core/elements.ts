// Every element under a node, in document order. Under jsdom a TreeWalker is several times faster
// than querySelectorAll or a live getElementsByTagName collection on a whole page (measured on the
// corpus: 27 ms against 88 to 220 ms for 80 pages), and extraction runs on whole pages.

/** The elements under `root` (not `root` itself) that pass `keep`, in document order. */
export function elementsUnder(root: Node, keep: (el: Element) => boolean = () => true): Element[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (keep(node as Element)) out.push(node as Element);
  return out;
}
