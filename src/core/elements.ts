// Finding elements across a whole page, which extraction does on every page.

/**
 * The elements under `root` with one of these tag names, in document order. A native query: in a
 * browser, walking every element in script (a TreeWalker with a test per element, as this file did
 * before) cost 1 to 4 ms on a page's first extraction, which runs cold, unoptimised code (profiles
 * of a first click); the query costs a fraction of that. Under jsdom it is the other way round, by
 * about 1 ms a page (measured on the corpus), which only the command-line tools feel.
 */
export function elementsNamed(root: ParentNode, names: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(names.join(', ')));
}

/**
 * The elements under `root` named `tag`, in document order: a static copy of the native list. Copied by
 * index after one read of its length, not with Array.from: jsdom (the command-line tools, the tests)
 * answers every read of a live collection's length by also looking the word up as an element's id or
 * name, a walk of the whole list, and Array.from reads the length at every step, so it cost time in the
 * square of the list's size (seconds for a page's 10,000 paragraphs). Indexes are answered directly.
 * Under jsdom this is also cheaper than a selector query (measured on 10,000 paragraphs: a seventeenth
 * of the time to list them all, under half to list each one's links); browsers were not measured.
 */
export function elementsByTag(root: Element | Document, tag: string): Element[] {
  // eslint-disable-next-line no-restricted-syntax -- the sanctioned read of a live list, copied as said above
  return Array.prototype.slice.call(root.getElementsByTagName(tag)) as Element[];
}

/** The element children of `el`, in order (not `[...el.children]`, for the reason above). */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}
