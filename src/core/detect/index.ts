// Is this page an article, and a news story? Runs on every page from the content script, so it is small,
// reads the DOM only in bounded ways (see prose.ts, page-layout.ts) and decides from many weak signals,
// none of which settles it alone: index pages declare og:type=article, home pages carry NewsArticle
// items, stories sit under /news/ sections with teaser rails beside them.
import type { Weigh } from './evidence';
import { weighMetadata } from './metadata';
import { weighLayout } from './page-layout';
import { measureProse } from './prose';
import { weighUrl } from './url-shape';

/** Extraction's element limit (core/extract/budget.ts): a page over it is never an article to open. */
export const MAX_ELEMENTS = 150_000;

export type PageKind = 'news' | 'article' | 'none';

/** The verdict, its score (0 or more: an article) and the signals behind it ('type:NewsArticle', 'url:search', 'cards:14'…). */
export interface Detection {
  kind: PageKind;
  score: number;
  reasons: string[];
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- reserved for per-site hints
export interface DetectOptions {}

export function detectPage(doc: Document, url: string, _options?: DetectOptions): Detection {
  // A page over extraction's element limit would be refused as too large: no article to open by itself.
  // Counted first, in one native pass, because the bounded reads below still cost more the larger the
  // page (60 ms on a first call on 220,000 elements in Chromium, past the 50 ms a task may block a page).
  const reasons: string[] = [];
  // A page starts short of an article and needs evidence; signals add or take away a few points each.
  let score = -3;
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return { kind: 'none', score, reasons: ['too-large'] };
  const weigh: Weigh = (points, reason) => {
    score += points;
    reasons.push(reason);
  };
  const declared = weighMetadata(doc, weigh);
  const urlDated = weighUrl(url, weigh);
  const prose = measureProse(doc);
  const { text } = prose;
  // Running text weighs most: a summary or a caption is under 250 characters, a short story 1,500.
  weigh(text < 250 ? -3 : text < 400 ? -0.5 : text < 800 ? 1.5 : text < 1500 ? 2.5 : text < 2500 ? 4 : 5, `text:${text}`);
  if (prose.readerable >= 20) weigh(1, 'readerable');
  const headlineDated = weighLayout(doc, prose, weigh);
  // Metadata alone never decides: below 250 characters of running text in one place there is no article.
  const kind: PageKind = score < 0 || text < 250 ? 'none' : declared || (urlDated || headlineDated ? 'news' : 'article');
  // Every weight is a multiple of 0.5, so the sum is exact.
  return { kind, score, reasons };
}
