/** Adds points for (positive) or against (negative) the page being an article, with a short reason. */
export type Weigh = (points: number, reason: string) => void;

/**
 * Calls `visit` on the first `max` elements named `tag`: every loop over the page is bounded. Never
 * reads the list's length, which counts every such element in the page (a walk of all 222,000
 * elements of a 20 MB page, for each tag); item by item, the browser goes only as far as it is asked.
 */
export function eachTag(doc: Document, tag: string, max: number, visit: (el: Element) => void): void {
  const list = doc.getElementsByTagName(tag);
  for (let i = 0, el; i < max && (el = list[i]); i++) visit(el);
}
