// Every rule name a declutter pass can record in `removed`. The passes are typed against these, so a
// new rule cannot be emitted without being listed here (and the view's kinds test then asks for its kind).

/** Named rules of the text, line, section, link-run, teaser-run and trailing-link passes. */
export const RULE_NAMES = [
  'ad-label', 'continue-reading', 'share-label', 'byline-fragment', 'related-link', 'section', 'related-list',
  'prompt', 'avatar', 'share-line', 'url-line', 'date-line', 'credit', 'byline-line', 'promo-link', 'breadcrumb',
  'signoff', 'title-repeat', 'standfirst', 'dangling-label', 'prompt-line', 'author-bio', 'link-run', 'trailing-links',
  'markup-line', 'count-line', 'teaser-run', 'teaser-grid',
  'publisher-bio',
] as const;

/** Markup rules are "<prefix>:<value>", the value one of this list of src/rules/clutter/common.json. */
export const MARKUP_RULE_LISTS = {
  tag: 'tags',
  attribute: 'attributes',
  iframe: 'iframeHosts',
  embed: 'embedClasses',
  class: 'classWords',
  hovercard: 'hoverCardWords',
  header: 'headerClassWords',
} as const;

export type MarkupPrefix = keyof typeof MARKUP_RULE_LISTS;
export type RuleName = (typeof RULE_NAMES)[number] | `${MarkupPrefix}:${string}`;
