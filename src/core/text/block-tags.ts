// Which elements start a block of their own, for the walkers that cut an article into blocks: the
// declutter rules' lines (declutter/dom.ts), Markdown (markdown/inline.ts) and plain text
// (text/plain-text.ts). BLOCK_TAGS is what they all agree on; each adds the named sets below it needs,
// for the reasons given there, so a difference between them is a decision, never a stale copy.

/** HTML's block-level flow content that holds text or other blocks: a block in every walker. */
export const BLOCK_TAGS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'ul',
];

/**
 * Grouping blocks (a form, a fieldset, a dialog, a heading group): they hold blocks, as lines and as
 * Markdown. Plain text needs no break of its own for them: the blocks inside break it.
 */
export const GROUPING_TAGS: readonly string[] = ['dialog', 'fieldset', 'form', 'hgroup'];

/**
 * A rule and a disclosure's label: a line of their own when the article is written out as text or
 * Markdown; never a line of furniture for declutter (a rule has no text, a summary's is its widget's).
 */
export const BREAK_TAGS: readonly string[] = ['hr', 'summary'];

/** Table sections: blocks for declutter's lines only (text and Markdown break at rows or tables). */
export const TABLE_SECTION_TAGS: readonly string[] = ['tbody', 'tfoot', 'thead'];

/** Table cells: declutter's lines keep them as blocks (then spare them); plain text joins them with a space. */
export const TABLE_CELL_TAGS: readonly string[] = ['td', 'th'];

/** One set of the tag lists given. */
export const tagSet = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());
