import type { Removal } from '../article';
import { leafBlocks, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';

// Menus and headline lists that Readability keeps: three or more lines in a row that are nothing
// but links ("Home / Local / Sports …", "More News from Sci-Tech" + headlines). Prose has links
// inside sentences, not whole lines of them. A short heading right before the run goes with it.

const MIN_RUN = 3;
const MAX_LINE_WORDS = 25;
const MAX_HEADING_WORDS = 8;

const isLinkLine = (el: Element) => countWords(textOf(el)) <= MAX_LINE_WORDS && linkDensity(el) >= 0.8;

export function removeLinkRuns(root: Element, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const blocks = leafBlocks(root);
  const drop = (el: Element) => {
    takeOut(el, { rule: 'link-run', snippet: snippet(el), pass: 'article' }, removed, places);
  };
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isLinkLine(blocks[j]!)) j++;
    if (j - i >= MIN_RUN) {
      const before = blocks[i - 1];
      if (before && root.contains(before) && countWords(textOf(before)) <= MAX_HEADING_WORDS && linkDensity(before) === 0 && !/[.!?]$/.test(textOf(before))) drop(before);
      blocks.slice(i, j).forEach(drop);
    }
    i = Math.max(j, i + 1);
  }
  return removed;
}
