// The article as it travels from the content script to the reading view. Plain data: every field
// but `html` is plain text, and `html` is untrusted until core/sanitize has run on it.
export interface Article {
  url: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
  excerpt: string;
  leadImage: string;
  /** The body already shows the lead image (in some size): the view does not repeat it above. */
  leadInBody: boolean;
  html: string;
  /** The body as plain text: one paragraph per block, separated by a blank line; no title. */
  text: string;
  wordCount: number;
  /** What declutter took out, in document order, so the view can show (and restore) it. */
  removed: Removal[];
}

export interface Removal {
  /** The rule that fired, e.g. "ad-label" or "selector:ins.adsbygoogle". */
  rule: string;
  /** The start of the removed text (or the element's description when it has none). */
  snippet: string;
  /** Which pass removed it: before Readability, or on its output. */
  pass: 'page' | 'article';
  /**
   * Pass 'article' only: the number of the hidden marker left where the block stood in `html`
   * (`<span data-sift-removed="N" hidden>`), so the view can put it back in place.
   */
  at?: number;
  /** The removed block's HTML (untrusted, like `html`), when short enough to ship; absent, it cannot be put back. */
  html?: string;
}

export type ExtractOutcome =
  | { ok: true; article: Article }
  /**
   * `message` is English, for the CLI and logs; `detail` is an error's own text. The extension shows its
   * own words for `reason`. 'too-large': over the element limit or the time budget (extract/budget.ts).
   */
  | { ok: false; reason: 'no-article' | 'too-large' | 'error'; message: string; detail?: string };
