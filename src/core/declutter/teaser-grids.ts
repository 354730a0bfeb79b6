import type { Removal } from '../article';
import { HEADING_TAGS, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';
import { isPostHeading } from './teaser-runs';
import { childElements } from '../elements';

// Grids of other posts that Readability keeps at a story's end ("Most popular", a news aggregator's
// front page under its story): three or more boxes side by side, each one card, a picture or a headline
// linking to one other page, with a kicker and a blurb of a few dozen words at most. The story's own
// pictures (figures) link to their full-size files or to nothing, and its paragraphs are longer than a
// blurb. A grid whose every card is another page of the story's own site goes wherever it stands (a
// tabloid's rail of its other stories between two paragraphs); one that links to other sites, only when
// it comes after the story and every card is a linked headline (an aggregator's front page), since a
// buying guide's picks link to shops by their pictures. The grid's heading goes with it.

const MIN_CARDS = 3;
/** Kicker, headline and blurb together: a teaser, not a section of the story. */
const MAX_CARD_WORDS = 60;
/** Far more characters than sixty words and the spaces around them take. */
const MAX_CARD_CHARS = 2000;
/** A label over the grid ("Самые популярные диеты", "More from the site"), not a section's title. */
const MAX_HEADING_WORDS = 8;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** The card's headline, when it is all one link (as a post's in a run of teasers). */
const linkedHeadline = (el: Element) => [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].find(isPostHeading);

/** The one page a card links to (by its picture or its whole headline), or null when `el` is no card. */
function cardTarget(el: Element, linked: Set<Element>): string | null {
  if (!linked.has(el) || HEADING_TAGS.has(el.localName) || el.localName === 'figure') return null;
  // Long text is no card: its length is cheaper to read than its words.
  if ((el.textContent?.length ?? 0) > MAX_CARD_CHARS || countWords(textOf(el)) > MAX_CARD_WORDS) return null;
  const links = [...el.querySelectorAll('a[href]')];
  const targets = new Set(links.map((a) => a.getAttribute('href')!.trim()));
  const [target] = targets;
  if (targets.size !== 1 || !target || target.startsWith('#') || IMAGE_FILE.test(target)) return null;
  const pictured = links.some((a) => a.querySelector('img, picture') !== null);
  return pictured || linkedHeadline(el) ? target : null;
}

/** Runs of sibling cards of one tag, each to a page of its own. */
function cardRuns(root: Element): Element[][] {
  const runs: Element[][] = [];
  // The elements holding a link, found once from the links up: asking each element for its links
  // searched the article again at every level.
  const linked = new Set<Element>();
  for (const a of root.querySelectorAll('a[href]')) {
    for (let el: Element | null = a; el && el !== root && !linked.has(el); el = el.parentElement) linked.add(el);
  }
  for (const parent of [root, ...linked]) {
    if (parent.childElementCount < MIN_CARDS) continue;
    let run: Element[] = [];
    const seen = new Set<string>();
    const close = () => {
      if (run.length >= MIN_CARDS && run.some((card) => textOf(card) !== '')) runs.push(run);
      run = [];
      seen.clear();
    };
    for (const child of childElements(parent)) {
      const target = cardTarget(child, linked);
      if (target === null || seen.has(target) || (run[0] && run[0].localName !== child.localName)) close();
      if (target !== null && !seen.has(target)) {
        run.push(child);
        seen.add(target);
      }
    }
    close();
  }
  // In the order they stand, as the removals are listed.
  return runs.sort((a, b) => (a[0]!.compareDocumentPosition(b[0]!) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** The heading right above the run (above its box, when the run fills the box), if it is a short label. */
function labelOf(run: Element[]): Element | null {
  let first: Element | null = run[0]!;
  while (first && !first.previousElementSibling && first.parentElement?.childElementCount === run.length) first = first.parentElement;
  const before = first?.previousElementSibling;
  if (!before || !HEADING_TAGS.has(before.localName) || linkDensity(before) > 0) return null;
  const words = countWords(textOf(before));
  return words > 0 && words <= MAX_HEADING_WORDS ? before : null;
}

/** Words of `root`'s text before and after the run (in document order). */
function wordsAround(root: Element, run: Element[]): { before: number; after: number } {
  const [first, last] = [run[0]!, run.at(-1)!];
  let before = 0;
  let after = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = countWords(node.nodeValue ?? '');
    if (!words) continue;
    if (first.compareDocumentPosition(node) & 2 /* PRECEDING */) before += words;
    else if (last.compareDocumentPosition(node) & 4 /* FOLLOWING */ && !last.contains(node)) after += words;
  }
  return { before, after };
}

/** The host `href` points to, read against the page's address; '' when it cannot be read. */
function hostOf(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).host;
  } catch {
    return '';
  }
}

/** Whether every card of the run links to another page of the site at `url`. */
function ownSite(run: Element[], url: string | undefined): boolean {
  const host = url ? hostOf(url, undefined) : '';
  return host !== '' && run.every((card) => hostOf(card.querySelector('a[href]')!.getAttribute('href')!, url) === host);
}

/** `url`: the page's address, for telling the site's own stories from links to other sites. */
export function removeTeaserGrids(root: Element, url?: string, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  for (const run of cardRuns(root)) {
    if (!run.every((card) => root.contains(card))) continue;
    const grid = run.reduce((sum, card) => sum + countWords(textOf(card)), 0);
    const { before, after } = wordsAround(root, run);
    // The story comes first and is the larger part. A grid of the site's own stories goes wherever it
    // stands; one that links elsewhere goes only after the story, and only as headlines (a buying
    // guide's picks link to shops by their pictures, under a name of their own).
    const own = ownSite(run, url);
    if (before < 2 * grid || (!own && (after > before / 4 || !run.every((card) => linkedHeadline(card))))) continue;
    const label = labelOf(run);
    for (const el of label ? [label, ...run] : run) {
      takeOut(el, { rule: 'teaser-grid', snippet: snippet(el), pass: 'article' }, removed, places);
    }
  }
  return removed;
}
