import type { Removal } from '../article';
import { leafBlocks, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';

// After the last paragraph of a story, sites print short lines that are nothing but links:
// "Our Standards: …", "Purchase Licensing Rights", "Back to top". Removes that trailing run only;
// a link-only line between paragraphs is left to the other rules.

const MAX_WORDS = 12;

export function trimTrailingLinks(root: Element, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const blocks = leafBlocks(root);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (countWords(textOf(block)) > MAX_WORDS || linkDensity(block) < 0.9 || block.querySelector('img, picture, video')) break;
    takeOut(block, { rule: 'trailing-links', snippet: snippet(block), pass: 'article' }, removed, places);
  }
  return removed;
}
