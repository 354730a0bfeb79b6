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
  html: string;
  wordCount: number;
}

export type ExtractOutcome =
  | { ok: true; article: Article }
  | { ok: false; reason: 'no-article' | 'error'; message: string };
