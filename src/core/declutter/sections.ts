import type { Removal } from '../article';
import { HEADING_TAGS, linkDensity, snippet, STRUCTURAL, takeOut, textOf, type Place, type Remove } from './dom';
import { elementsNamed } from '../elements';
import { countWords } from '../text/words';
import { startsWithPhrase } from './phrases';
import { normPhrase, type MergedRules } from './rules';
import type { RuleName } from './rule-names';

// Sections that are never the story, found by their heading: "Most read", "You may also like",
// "Comments". The heading goes with the link lists, forms and teaser cards under it.

/** A heading is short; a longer line that starts like one is a sentence. */
const MAX_HEADING_WORDS = 6;
/** A list under a heading that only starts like a section's: at least this share of it links. */
const MIN_LIST_LINK_SHARE = 0.3;
const SUB_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A heading such as "Most read" or a bare "Read more:" label: removes it and the link lists,
 * forms and link-heavy blocks that follow it, up to the next prose. An emptied box goes too.
 */
export function removeSection(heading: Element, rule: RuleName, remove: Remove): boolean {
  const isHeadingLike = HEADING_TAGS.has(heading.localName) || countWords(textOf(heading)) <= 6;
  if (!isHeadingLike) return false;
  const parent = heading.parentElement;
  let next = heading.nextElementSibling;
  const following: Element[] = [];
  while (next) {
    const text = textOf(next);
    // Under an exact section heading ("Most read") any list goes; under one that only starts like it
    // ("Highlights of Lacoste:") a list must hold links: a list of plain points is the story's.
    const isList = next.matches('ul, ol') && (rule === 'section' || linkDensity(next) >= MIN_LIST_LINK_SHARE);
    const isLinks = linkDensity(next) >= 0.5 || isList || next.matches('form') || next.querySelector('form, input, textarea');
    if (HEADING_TAGS.has(next.localName) || (!isLinks && countWords(text) >= 12)) break;
    if (!isLinks && text) break;
    following.push(next);
    next = next.nextElementSibling;
  }
  // "You may also like" over teaser cards (each with its excerpt): a run of same-shaped siblings.
  if (rule === 'section' && next) following.push(...cardRun(next));
  // A lone label with nothing link-like after it is not a section heading: leave it.
  if (following.length === 0 && rule === 'related-list') return false;
  remove(heading, rule);
  for (const el of following) remove(el, rule);
  if (parent && !STRUCTURAL.has(parent.localName) && !textOf(parent) && !parent.querySelector('img, video, picture')) remove(parent, rule);
  return true;
}

/**
 * Teaser cards from `first` on: <article> siblings, or two or more siblings of one tag and class. A
 * story's own paragraphs share their tag too, so plain classless <p> never count as cards.
 */
function cardRun(first: Element): Element[] {
  const shape = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''}`;
  const isCard = (el: Element) => el.localName === 'article' || (el.localName !== 'p' && !!el.getAttribute('class'));
  if (!isCard(first)) return [];
  const run: Element[] = [];
  for (let el: Element | null = first; el && isCard(el) && (el.localName === 'article' || shape(el) === shape(first)); el = el.nextElementSibling) run.push(el);
  return run.length >= 2 || first.localName === 'article' ? run : [];
}


/**
 * Before Readability, on the page: section headings (h2–h6) in the page's language. Readability drops
 * a heading with a "related" class yet keeps the teaser cards under it, so they are taken here first.
 * A section that holds the page's headline or its marked article body is never taken.
 */
export function removeHeadedSections(doc: Document, rules: MergedRules, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  // Looked up only once a heading matches: under jsdom an attribute selector on a whole page costs more
  // than all the rest of this pass.
  let keep: Element | null | undefined;
  const keepOf = () => (keep === undefined ? (keep = doc.querySelector('h1') ?? doc.querySelector('[itemprop="articleBody"]')) : keep);
  const remove: Remove = (el, rule) => {
    const kept = keepOf();
    if (!el.isConnected || (kept && el.contains(kept))) return;
    takeOut(el, { rule, snippet: snippet(el), pass: 'page' }, removed, places);
  };
  const { sectionHeadings, relatedLeads } = rules.phrases;
  const headings = elementsNamed(doc, SUB_HEADINGS);
  for (const heading of headings) {
    if (!heading.isConnected) continue;
    const text = textOf(heading);
    if (!text || countWords(text) > MAX_HEADING_WORDS) continue;
    // A heading that is all "Most read" or "You may also like" heads teaser cards as well as link lists.
    const exact = sectionHeadings.has(normPhrase(text)) || relatedLeads.has(normPhrase(text));
    if (!exact && !startsWithPhrase(text, sectionHeadings)) continue;
    // The heading's box when it holds nothing else: <div class="title"><h3>Related</h3></div>.
    let target: Element = heading;
    while (!target.nextElementSibling && target.parentElement && !STRUCTURAL.has(target.parentElement.localName) &&
      textOf(target.parentElement) === text) target = target.parentElement;
    const kept = keepOf();
    if (kept && (target.contains(kept) || followedBy(target, kept))) continue;
    removeSection(target, exact ? 'section' : 'related-list', remove);
  }
  return removed;
}

/** `el` comes before `other` within the same parent's subtree (a heading over the story itself). */
function followedBy(el: Element, other: Element): boolean {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (next === other || next.contains(other)) return true;
  return false;
}
