import type { Removal } from '../article';
import { leafBlocks, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';
import { startsWithPhrase } from './phrases';
import type { MergedRules } from './rules';

// Menus and headline lists that Readability keeps: three or more lines in a row that are nothing
// but links ("Home / Local / Sports …", "More News from Sci-Tech" + headlines). Prose has links
// inside sentences, not whole lines of them. A short heading right before the run goes with it.

const MIN_RUN = 3;
const MAX_LINE_WORDS = 25;
const MAX_HEADING_WORDS = 8;
/** "Related:" is a label; a lead-in sentence is longer. */
const MIN_LEAD_IN_WORDS = 4;
/** "Buying options:", "Here's a selection:": a short lead-in of the story's own, when no label list knows it. */
const MIN_SHORT_LEAD_IN_WORDS = 2;

const isLinkLine = (el: Element) => countWords(textOf(el)) <= MAX_LINE_WORDS && linkDensity(el) >= 0.8;

/**
 * A list the story introduces with a sentence of its own ("You can read the analysis of each ranking on
 * their pages:", "While these movers did not make our list, they are worth a look:") is the story's: a
 * menu or a list of headlines has a heading or nothing above it, not a lead-in (WCXB articles lost them).
 */
function isIntroduced(before: Element | undefined, run: Element[], rules: MergedRules): boolean {
  if (!before) return false;
  const text = textOf(before);
  if (!/[:：]$/u.test(text) || linkDensity(before) >= 0.5) return false;
  const n = countWords(text);
  if (n >= MIN_LEAD_IN_WORDS) return true;
  // "More news:", "Follow us:", "Tags:" are labels of link lists the phrase lists know; "Jump to:" or
  // "On this page:" over links to the page's own headings is its table of contents.
  const { relatedLeads, sectionHeadings, shareLabels, tagLabels } = rules.phrases;
  return n >= MIN_SHORT_LEAD_IN_WORDS && ![relatedLeads, sectionHeadings, shareLabels, tagLabels].some((list) => startsWithPhrase(text, list)) &&
    !run.every(isContentsLine);
}

/** Every link of the line goes to a heading of the page itself ("#a-focus-on-storytelling"). */
const isContentsLine = (el: Element) => [...el.querySelectorAll('a')].every((a) => (a.getAttribute('href') ?? '').startsWith('#'));

export function removeLinkRuns(root: Element, rules: MergedRules, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const blocks = leafBlocks(root);
  const drop = (el: Element) => {
    takeOut(el, { rule: 'link-run', snippet: snippet(el), pass: 'article' }, removed, places);
  };
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isLinkLine(blocks[j]!)) j++;
    if (j - i >= MIN_RUN && !isIntroduced(blocks[i - 1], blocks.slice(i, j), rules)) {
      const before = blocks[i - 1];
      if (before && root.contains(before) && countWords(textOf(before)) <= MAX_HEADING_WORDS && linkDensity(before) === 0 && !/[.!?]$/.test(textOf(before))) drop(before);
      blocks.slice(i, j).forEach(drop);
    }
    i = Math.max(j, i + 1);
  }
  return removed;
}
