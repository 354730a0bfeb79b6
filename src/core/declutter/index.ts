import type { Removal } from '../article';
import { applyMarkupRules } from './page-rules';
import type { MergedRules } from './rules';
import { applyTextRules } from './text-rules';
import { trimTrailingLinks } from './trailing-links';
import { applyLineRules, type ArticleFacts } from './line-rules';
import { removeLinkRuns } from './link-runs';
import { removeTeaserRuns } from './teaser-runs';
import { removeTeaserGrids } from './teaser-grids';
import { removeHeadedSections } from './sections';
import type { Place } from './dom';
import { leaveMarkers } from './markers';
import { anchorPageRemovals, placePageMarkers } from './page-markers';

export { REMOVED_MARKER } from './markers';

export { rulesFor, type MergedRules } from './rules';
export type { ArticleFacts } from './line-rules';

/**
 * Before Readability, on a clone of the page: ad slots and clutter boxes by markup, and sections under
 * a "Most read" heading (only headings: the full text rules wait for Readability's much smaller output,
 * on a whole page they cost as much as Readability). `rules` are those of the page's declared language.
 */
export function declutterPage(doc: Document, rules: MergedRules): PageRemovals {
  const places: Place[] = [];
  const removed = [...applyMarkupRules(doc, rules, places), ...removeHeadedSections(doc, rules, places)];
  return { removed, anchors: anchorPageRemovals(doc, places), elements: places.map((place) => place.el) };
}

/** The page pass's removals, and for each the words of the prose it followed (page-markers.ts). */
export interface PageRemovals {
  removed: Removal[];
  anchors: string[];
  /** The blocks taken out (detached), for the HTML of those that find a place. */
  elements?: Element[];
}

/** Puts the page pass's removals in place in the final article (after declutterArticle's, numbered on from them). */
export function placePageRemovals(root: Element, page: PageRemovals, articleCount: number): void {
  placePageMarkers(root, page.removed, page.anchors, page.elements ?? [], articleCount);
}

/**
 * After Readability, on its article element: phrase rules, furniture lines, link runs, trailing links.
 * Each block taken out leaves a hidden marker where it stood (markers.ts).
 */
export function declutterArticle(root: Element, rules: MergedRules, facts: ArticleFacts = {}): Removal[] {
  const places: Place[] = [];
  const removed = [
    ...applyTextRules(root, rules, 'article', places),
    ...applyLineRules(root, rules, facts, places),
    ...removeLinkRuns(root, rules, places),
    ...removeTeaserRuns(root, places),
    ...removeTeaserGrids(root, facts.url, places),
    ...trimTrailingLinks(root, places),
  ];
  // Markers go in once every pass is done: the passes see the article as if the blocks were gone.
  leaveMarkers(root, removed, places);
  return removed;
}
