// How much running text the page holds, and whether it sits together: a story is many paragraphs in one
// container, an index one short summary per card. Bounded: the first few hundred <p> elements and their
// textContent (never innerText, which forces layout), in the spirit of Readability's isProbablyReaderable.
import { eachTag } from './evidence';

export interface Prose {
  /** Characters of paragraph text in the container that holds the most. */
  text: number;
  /** isProbablyReaderable's score: the sum of √(length − 140) over <p> of 140+ characters outside lists. */
  readerable: number;
}

export function measureProse(doc: Document): Prose {
  const totals = new Map<Element | null, number>();
  let text = 0;
  let readerable = 0;
  const add = (block: Element, length: number) => {
    if (length < 40) return;
    // The container of a block's siblings: wrappers around one block alone are skipped.
    let container = block.parentElement;
    while (container?.childElementCount === 1 && container.parentElement) container = container.parentElement;
    const total = (totals.get(container) ?? 0) + length;
    totals.set(container, total);
    text = Math.max(text, total);
  };
  eachTag(doc, 'p', 400, (p) => {
    // Teaser lists and menus put their summaries in <li>; Readability skips those too.
    if (p.closest('li')) return;
    const length = p.textContent!.trim().length;
    if (length > 140) readerable += Math.sqrt(length - 140);
    add(p, length);
  });
  // Pages that write paragraphs as <div>s, or as text and <br>s in one element (blogs, older CMSs): the
  // text directly inside each parent of a <br> and each <div> that opens with text (looking no further
  // into the others keeps this pass cheap).
  if (text < 1500) {
    const blocks = new Set<Element>();
    eachTag(doc, 'div', 1500, (div) => {
      if ((div.firstChild?.nodeValue?.trim().length ?? 0) >= 40) blocks.add(div);
    });
    eachTag(doc, 'br', 1500, (br) => blocks.add(br.parentElement!));
    for (const block of blocks) {
      let length = 0;
      for (let node = block.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) length += node.nodeValue!.trim().length;
      add(block, length);
    }
  }
  return { text, readerable };
}
