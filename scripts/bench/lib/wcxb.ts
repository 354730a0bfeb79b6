// The WCXB benchmark (../shared/corpus/wcxb-dev, SOURCE.md there): its pages read in place (gzipped HTML,
// never copied), its ground truth and page types, and its scorer restated from its own evaluate.py —
// word-level precision and recall over lower-cased `\w+` tokens as multisets, per page, averaged over
// pages; "with" / "without" snippets found by case-folded substring search in the extracted text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TOKEN_RE } from './shingles';

export const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface WcxbPage {
  id: string;
  url: string;
  type: PageType;
  mainContent: string;
  with: string[];
  without: string[];
  title: string;
  htmlPath: string;
}

export class MissingCorpus extends Error {}

interface TruthFile {
  url?: string;
  ground_truth?: { main_content?: string | null; with?: string[] | null; without?: string[] | null; title?: string | null } | null;
  _internal?: { page_type?: { primary?: string } | string | null } | null;
}

/** evaluate.py's get_page_type: the ground truth's primary type, "category" read as "collection". */
function pageTypeOf(data: TruthFile): PageType {
  const raw = data._internal?.page_type;
  const primary = typeof raw === 'string' ? raw : raw?.primary ?? 'article';
  const type = primary === 'category' ? 'collection' : primary;
  return (PAGE_TYPES as readonly string[]).includes(type) ? (type as PageType) : 'article';
}

/** Every page of the corpus in `dir`, by id; throws MissingCorpus (with what was looked for) when absent. */
export function wcxbPages(dir: string): WcxbPage[] {
  const truthDir = join(dir, 'ground-truth');
  const htmlDir = join(dir, 'html');
  for (const need of [truthDir, htmlDir]) {
    if (!existsSync(need) || !statSync(need).isDirectory()) {
      throw new MissingCorpus(`${need} is missing: pass the WCXB directory (ground-truth/, html/) with --wcxb DIR, e.g. ../shared/corpus/wcxb-dev`);
    }
  }
  const pages: WcxbPage[] = [];
  for (const file of readdirSync(truthDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.slice(0, -'.json'.length);
    const data = JSON.parse(readFileSync(join(truthDir, file), 'utf8')) as TruthFile;
    const truth = data.ground_truth;
    // evaluate.py skips a file whose ground_truth is not an object; one without main_content scores as empty.
    if (!truth || typeof truth !== 'object') continue;
    pages.push({
      // Five dev pages have no address (null or ""): a file URL, which says nothing about a page (the
      // classifier weighs no evidence from it), rather than an empty one jsdom cannot parse or a made-up
      // site root, which reads as a home page.
      id, url: data.url || `file:///wcxb/${id}.html`, type: pageTypeOf(data), mainContent: truth.main_content ?? '',
      with: truth.with ?? [], without: truth.without ?? [], title: truth.title ?? '', htmlPath: join(htmlDir, `${id}.html.gz`),
    });
  }
  return pages;
}

/** The page's bytes as fetched (the corpus keeps them gzipped). */
export function wcxbBytes(page: WcxbPage): Uint8Array {
  return gunzipSync(readFileSync(page.htmlPath));
}

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of "with" snippets found (1 when the page has none), and of "without" snippets (lower is better). */
  withRate: number;
  withoutRate: number;
}

function tokens(text: string): string[] {
  return text ? (text.toLowerCase().match(TOKEN_RE) ?? []) : [];
}

function counts(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of list) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** evaluate.py's word_f1: an empty reference scores 1 only against an empty prediction. */
export function wordF1(predicted: string, reference: string): { precision: number; recall: number; f1: number } {
  const pred = tokens(predicted);
  const ref = tokens(reference);
  if (!ref.length) return pred.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!pred.length) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = counts(ref);
  let overlap = 0;
  for (const [token, n] of counts(pred)) overlap += Math.min(n, refCounts.get(token) ?? 0);
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** evaluate.py's snippet_check: the share of snippets that occur, case-folded, in the text. */
export function snippetRate(text: string, snippets: readonly string[]): number {
  if (!snippets.length) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

/**
 * Not a score: the share of "with" snippets missed only because of quote style. The ground truth was
 * written with straight quotes and apostrophes where pages print curly ones (“don’t”), and evaluate.py
 * compares them as they are, so every extractor that keeps the page's characters loses them. The figures
 * above stay evaluate.py's; this says how much of the gap is that corpus quirk.
 */
export function quoteOnlyMissRate(text: string, snippets: readonly string[]): number {
  if (!snippets.length) return 0;
  const fold = (t: string) => t.toLowerCase().replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
  const lower = text.toLowerCase();
  const folded = fold(text);
  return snippets.filter((s) => !lower.includes(s.toLowerCase()) && folded.includes(fold(s))).length / snippets.length;
}

export function scoreWcxb(page: WcxbPage, predicted: string): WordScore {
  return { ...wordF1(predicted, page.mainContent), withRate: snippetRate(predicted, page.with), withoutRate: snippetRate(predicted, page.without) };
}

export interface WcxbSummary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  withRate: number;
  withoutRate: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Plain means over pages, as evaluate.py prints them (F1 is the mean of page F1s here, unlike Scrapinghub's). */
export function summarizeWcxb(scores: readonly WordScore[]): WcxbSummary {
  return {
    pages: scores.length,
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    f1: mean(scores.map((s) => s.f1)),
    withRate: mean(scores.map((s) => s.withRate)),
    withoutRate: mean(scores.map((s) => s.withoutRate)),
  };
}
