/** Adds points for (positive) or against (negative) the page being an article, with a short reason. */
export type Weigh = (points: number, reason: string) => void;

/** Calls `visit` on the first `max` elements named `tag`: every loop over the page is bounded. */
export function eachTag(doc: Document, tag: string, max: number, visit: (el: Element) => void): void {
  const list = doc.getElementsByTagName(tag);
  for (let i = 0; i < list.length && i < max; i++) visit(list[i]!);
}
