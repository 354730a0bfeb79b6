// The Scrapinghub benchmark's report (bench/extract.ts): from the per-page results it prints the summary
// table (Sift Reader beside each peer), the pages where we do worst against plain Readability, the time
// split, and, as the last line of stdout, one JSON object with every figure.
import { LABELS, type ExtractorName } from './extractors';
import { f3, median, pad, percentile, r2, r4 } from './bench-util';
import { scoreCorpus, type PageScore } from './shingles';

export interface PageResult {
  id: string;
  url: string;
  scores: Partial<Record<ExtractorName, PageScore>>;
  ms: Partial<Record<ExtractorName, number>>;
  empty: Partial<Record<ExtractorName, boolean>>;
  loadError?: string;
}

/** One benchmark run: every page's result, the wall time, and the part of it spent reading and parsing. */
export interface CorpusRun {
  extractors: readonly ExtractorName[];
  results: PageResult[];
  totalMs: number;
  parseAndLoadMs: number;
  /** Peer figures came from the cache: their times are those of the run that filled it. */
  cached: boolean;
}

/** `corpus` is named in the heading; `worst` is how many of the worst pages to list (0 for none). */
export interface ReportOptions {
  corpus: string;
  worst: number;
}

function summary(results: readonly PageResult[], name: ExtractorName) {
  const s = scoreCorpus(results.map((r) => r.scores[name]).filter((x): x is PageScore => !!x));
  const ms = results.filter((r) => !r.loadError).map((r) => r.ms[name] ?? 0);
  return {
    precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), accuracy: r4(s.accuracy),
    medianMs: r2(median(ms)), p95Ms: r2(percentile(ms, 95)), empty: results.filter((r) => r.empty[name]).length,
  };
}

export function reportCorpus(args: ReportOptions, run: CorpusRun): void {
  const { results, totalMs, parseAndLoadMs, extractors } = run;
  const figures = Object.fromEntries(extractors.map((name) => [name, summary(results, name)]));
  const f1Of = (r: PageResult, name: ExtractorName) => r.scores[name]?.f1 ?? 0;
  const hasPeer = extractors.includes('readability');
  const delta = (r: PageResult) => f1Of(r, 'ours') - f1Of(r, 'readability');
  const worseBy005 = hasPeer ? results.filter((r) => delta(r) < -0.05).length : 0;
  const betterBy005 = hasPeer ? results.filter((r) => delta(r) > 0.05).length : 0;
  const timed = results.filter((r) => !r.loadError);
  const medianOf = (name: ExtractorName) => median(timed.map((r) => r.ms[name] ?? 0));
  const medianRatio = hasPeer && medianOf('readability') > 0 ? r2(medianOf('ours') / medianOf('readability')) : 0;
  const loadErrors = results.filter((r) => r.loadError);

  console.log(`Extraction benchmark: ${results.length} pages from ${args.corpus}${loadErrors.length ? ` (${loadErrors.length} failed to load)` : ''}`);
  console.log('');
  console.log(`${pad('', 22)}${['precision', 'recall', 'F1', 'accuracy', 'median ms', 'p95 ms', 'no text'].map((h) => h.padStart(10)).join('')}`);
  for (const name of extractors) {
    const s = figures[name]!;
    console.log(`${pad(LABELS[name], 22)}${[f3(s.precision), f3(s.recall), f3(s.f1), f3(s.accuracy), s.medianMs.toFixed(1), s.p95Ms.toFixed(1), String(s.empty)].map((v) => v.padStart(10)).join('')}`);
  }
  console.log('');
  if (hasPeer) {
    console.log(`Median time ratio (ours / Readability): ${medianRatio.toFixed(2)}${run.cached ? ' (peer times from the cache: run with --no-cache to time all in one run)' : ''}`);
    console.log(`Pages more than 0.05 F1 below plain Readability: ${worseBy005}; more than 0.05 above: ${betterBy005}`);
  }
  for (const r of loadErrors) console.log(`Load error ${r.id}: ${r.loadError}`);
  if (args.worst > 0 && hasPeer) {
    const worst = [...results].sort((a, b) => delta(a) - delta(b) || a.id.localeCompare(b.id)).slice(0, args.worst);
    console.log('');
    console.log(`The ${worst.length} pages where we do worst against plain Readability (our F1 − their F1):`);
    const prf = (s: PageScore | undefined) => (s ? `P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}` : 'not run');
    for (const [i, r] of worst.entries()) {
      console.log(`${String(i + 1).padStart(3)}. ${delta(r) >= 0 ? '+' : ''}${f3(delta(r))}  ${r.id}  ${r.url}`);
      for (const name of extractors) console.log(`       ${pad(name, 12)} ${prf(r.scores[name])}${r.empty[name] ? '  (no article)' : ''}`);
    }
  }
  const extractS = timed.reduce((a, r) => a + extractors.reduce((b, name) => b + (r.ms[name] ?? 0), 0), 0) / 1000;
  console.log('');
  console.log(`Time: ${(totalMs / 1000).toFixed(1)} s in all; reading + jsdom parsing (once per page) ${(parseAndLoadMs / 1000).toFixed(1)} s, `
    + `extraction ${extractS.toFixed(1)} s${run.cached ? ' (peers: as cached)' : ''}.`);
  console.log(JSON.stringify({ pages: results.length, ...figures, worseBy005, betterBy005, medianRatio, peerTimesCached: run.cached, loadErrors: loadErrors.length }));
}
