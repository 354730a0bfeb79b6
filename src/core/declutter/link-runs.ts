import type { Removal } from '../article';
import { leafBlocks, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';

// Menus and headline lists that Readability keeps: three or more lines in a row that are nothing
// but links ("Home / Local / Sports …", "More News from Sci-Tech" + headlines). Prose has links
// inside sentences, not whole lines of them. A short heading right before the run goes with it.

const MIN_RUN = 3;
const MAX_LINE_WORDS = 25;
const MAX_HEADING_WORDS = 8;
/** "Related:" or "More news:" is a label; a lead-in sentence is longer. */
const MIN_LEAD_IN_WORDS = 4;

const isLinkLine = (el: Element) => countWords(textOf(el)) <= MAX_LINE_WORDS && linkDensity(el) >= 0.8;

/**
 * A list the story introduces with a sentence of its own ("You can read the analysis of each ranking on
 * their pages:", "While these movers did not make our list, they are worth a look:") is the story's: a
 * menu or a list of headlines has a heading or nothing above it, not a lead-in (WCXB articles lost them).
 */
function isIntroduced(before: Element | undefined): boolean {
  if (!before) return false;
  const text = textOf(before);
  return /[:：]$/u.test(text) && countWords(text) >= MIN_LEAD_IN_WORDS && linkDensity(before) < 0.5;
}

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
    if (j - i >= MIN_RUN && !isIntroduced(blocks[i - 1])) {
      const before = blocks[i - 1];
      if (before && root.contains(before) && countWords(textOf(before)) <= MAX_HEADING_WORDS && linkDensity(before) === 0 && !/[.!?]$/.test(textOf(before))) drop(before);
      blocks.slice(i, j).forEach(drop);
    }
    i = Math.max(j, i + 1);
  }
  return removed;
}
