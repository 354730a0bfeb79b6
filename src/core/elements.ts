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
