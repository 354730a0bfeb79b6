import type { Removal } from '../article';
import { HEADING_TAGS, leafBlocks, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';

// Lists of other posts that Readability keeps with a story ("Recent posts" in a blog's side column,
// read with the story when a page builder puts both in one box): each post is a heading that is all
// one link to it, and an excerpt cut off mid-sentence ("…our specialists have decades of experience
// helping residents interpret these laws, prepare comprehensive applications,"). A story's own linked
// section headings are followed by its own paragraphs, which end as sentences do, so two or more posts
// in a row, each with a cut excerpt, are what is taken out: heading and excerpt.

const MIN_RUN = 2;
/** An excerpt is a paragraph's opening, not a page of text. */
const MAX_EXCERPT_WORDS = 90;
/** How a finished sentence ends: its stop, then maybe a closing quote or bracket. */
const SENTENCE_END = /[.!?。！？]["'”’»)\]]*$/u;
/** How a cut one ends: an ellipsis, or "[…]", "[Read more]"-style brackets. */
const CUT_MARK = /(?:…|\.\.\.|\[[^\]]*\])$/u;

/** A heading whose whole text is one link to another page. */
export function isPostHeading(el: Element): boolean {
  if (!HEADING_TAGS.has(el.localName)) return false;
  const links = el.querySelectorAll('a[href]');
  if (links.length !== 1 || linkDensity(el) < 0.99) return false;
  return !(links[0]!.getAttribute('href') ?? '').startsWith('#');
}

/** A short paragraph that stops mid-sentence or with an ellipsis: a post's excerpt. */
function isCutExcerpt(el: Element | undefined): el is Element {
  if (!el || el.localName !== 'p' || linkDensity(el) > 0.3) return false;
  const text = textOf(el);
  const words = countWords(text);
  if (words < 8 || words > MAX_EXCERPT_WORDS) return false;
  return CUT_MARK.test(text) || !SENTENCE_END.test(text);
}

export function removeTeaserRuns(root: Element, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const blocks = leafBlocks(root);
  let i = 0;
  while (i < blocks.length) {
    const run: Element[] = [];
    let j = i;
    while (j + 1 < blocks.length && isPostHeading(blocks[j]!) && isCutExcerpt(blocks[j + 1])) {
      run.push(blocks[j]!, blocks[j + 1]!);
      j += 2;
    }
    if (run.length >= MIN_RUN * 2) {
      for (const el of run) takeOut(el, { rule: 'teaser-run', snippet: snippet(el), pass: 'article' }, removed, places);
    }
    i = Math.max(j, i + 1);
  }
  return removed;
}
