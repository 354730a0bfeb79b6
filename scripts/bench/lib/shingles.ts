// The article-body score of the Scrapinghub/Zyte article-extraction benchmark (evaluate.py; restated in
// ../shared/corpus/scrapinghub/SOURCE.md, "Evaluation method"): 4-token shingles as multisets,
// per-page precision and recall, macro-averaged over pages; F1 from the two averages.

/**
 * Python's `\w+` with re.UNICODE: a word character is one for which `str.isalnum()` holds (Unicode
 * categories L* and N*) or "_". Combining marks (M*) are *not* word characters in Python, so a word with
 * a combining accent splits in two there, and here. `/[\p{L}\p{N}\p{M}_]+/u` gives the same published
 * figures on the corpus (only 4 of its pages contain any combining mark), but this one is the exact rule.
 */
export const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
/** The variant that keeps combining marks inside tokens, for comparison (`--check-published` prints both). */
export const TOKEN_RE_WITH_MARKS = /[\p{L}\p{N}\p{M}_]+/gu;

export const SHINGLE_SIZE = 4;

export function tokenize(text: string, re: RegExp = TOKEN_RE): string[] {
  return text ? (text.match(re) ?? []) : [];
}

/** Token windows of `n`, counted. A text with 1 to n−1 tokens gives one shorter shingle; no tokens, none. */
export function shingles(tokens: readonly string[], n: number = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // U+0001 is not a word character, so the joined key is unambiguous.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** Shingle counts (not normalised: upstream scales the triple to sum 1, which changes no ratio). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Harmonic mean of this page's precision and recall (for ranking pages; the corpus F1 is not its mean). */
  f1: number;
  /** The prediction's token list equals the truth's. */
  exact: boolean;
}

export function precisionOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function scorePage(truth: string, prediction: string, re: RegExp = TOKEN_RE): PageScore {
  const trueTokens = tokenize(truth, re);
  const predTokens = tokenize(prediction, re);
  const trueShingles = shingles(trueTokens);
  const predShingles = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of trueShingles) {
    const p = predShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predShingles) {
    const t = trueShingles.get(key) ?? 0;
    fp += Math.max(0, p - t);
  }
  const precision = precisionOf(tp, fp, fn);
  const recall = recallOf(tp, fp, fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = trueTokens.length === predTokens.length && trueTokens.every((token, i) => token === predTokens[i]);
  return { tp, fp, fn, precision, recall, f1, exact };
}

export interface CorpusScore {
  pages: number;
  /** Mean page precision over pages with TP+FP > 0 (an empty prediction is left out). */
  precision: number;
  /** Mean page recall over pages with TP+FN > 0 (an empty prediction counts as 0). */
  recall: number;
  /** 2PR/(P+R) of the two means, not the mean of page F1s. */
  f1: number;
  /** Share of pages whose token list equals the truth's. */
  accuracy: number;
  precisionPages: number;
  recallPages: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Corpus figures; a mean over no pages is 0 (upstream would raise). */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const withPrediction = pages.filter((s) => s.tp + s.fp > 0);
  const withTruth = pages.filter((s) => s.tp + s.fn > 0);
  const precision = mean(withPrediction.map((s) => s.precision));
  const recall = mean(withTruth.map((s) => s.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pages: pages.length,
    precision,
    recall,
    f1,
    accuracy: pages.length ? pages.filter((s) => s.exact).length / pages.length : 0,
    precisionPages: withPrediction.length,
    recallPages: withTruth.length,
  };
}
