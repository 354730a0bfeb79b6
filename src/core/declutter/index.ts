import type { Removal } from '../article';
import { applyMarkupRules } from './page-rules';
import type { MergedRules } from './rules';
import { applyTextRules } from './text-rules';
import { trimTrailingLinks } from './trailing-links';
import { applyLineRules, type ArticleFacts } from './line-rules';
import { removeLinkRuns } from './link-runs';
import { removeHeadedSections } from './sections';

export { rulesFor, type MergedRules } from './rules';
export type { ArticleFacts } from './line-rules';

/**
 * Before Readability, on a clone of the page: ad slots and clutter boxes by markup, and sections under
 * a "Most read" heading (only headings: the full text rules wait for Readability's much smaller output,
 * on a whole page they cost as much as Readability). `rules` are those of the page's declared language.
 */
export function declutterPage(doc: Document, rules: MergedRules): Removal[] {
  return [...applyMarkupRules(doc, rules), ...removeHeadedSections(doc, rules)];
}

/** After Readability, on its article element: phrase rules, furniture lines, link runs, trailing links. */
export function declutterArticle(root: Element, rules: MergedRules, facts: ArticleFacts = {}): Removal[] {
  return [
    ...applyTextRules(root, rules, 'article'),
    ...applyLineRules(root, rules, facts),
    ...removeLinkRuns(root),
    ...trimTrailingLinks(root),
  ];
}
