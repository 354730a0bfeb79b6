import type { Removal } from '../article';
import { rulesFor, type MergedRules } from './rules';

export { rulesFor, type MergedRules } from './rules';

/** Before Readability, on a clone of the page: ad slots, labels, prompts, share bars. */
export function declutterPage(doc: Document, rules: MergedRules): Removal[] {
  void doc;
  void rules;
  return [];
}

/** After Readability, on its article element: what slipped through. */
export function declutterArticle(root: Element, rules: MergedRules): Removal[] {
  void root;
  void rules;
  return [];
}

export { rulesFor as clutterRulesFor };
export type { Removal };
