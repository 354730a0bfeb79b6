// The corpus benchmark's report (bench-extract.ts): from the per-page results it prints the summary table
// (Sift Reader vs Readability.js), the pages where we do worst, the time split, and, as the last line of
// stdout, one JSON object with every figure.
import { f3, median, pad, percentile, r2, r4 } from './bench-util';
import { scoreCorpus, type PageScore } from './shingles';

export interface PageResult {
  id: string;
  url: string;
  ours: PageScore;
  theirs: PageScore;
  oursMs: number;
  theirsMs: number;
  oursEmpty: boolean;
  theirsEmpty: boolean;
  loadError?: string;
}

/** One benchmark run: every page's result, the wall time, and the part of it spent reading and parsing. */
export interface CorpusRun {
  results: PageResult[];
  totalMs: number;
  parseAndLoadMs: number;
}

/** `corpus` is named in the heading; `worst` is how many of the worst pages to list (0 for none). */
export interface ReportOptions {
  corpus: string;
  worst: number;
}

function summary(scores: PageScore[], ms: number[], empty: number) {
  const s = scoreCorpus(scores);
  return {
    precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), accuracy: r4(s.accuracy),
    medianMs: r2(median(ms)), p95Ms: r2(percentile(ms, 95)), empty,
  };
}

export function reportCorpus(args: ReportOptions, { results, totalMs, parseAndLoadMs }: CorpusRun): void {
  const timed = results.filter((r) => !r.loadError);
  const ours = summary(results.map((r) => r.ours), timed.map((r) => r.oursMs), results.filter((r) => r.oursEmpty).length);
  const readability = summary(results.map((r) => r.theirs), timed.map((r) => r.theirsMs), results.filter((r) => r.theirsEmpty).length);
  const delta = (r: PageResult) => r.ours.f1 - r.theirs.f1;
  const worseBy005 = results.filter((r) => delta(r) < -0.05).length;
  const betterBy005 = results.filter((r) => delta(r) > 0.05).length;
  const medianRatio = readability.medianMs > 0 ? r2(median(timed.map((r) => r.oursMs)) / median(timed.map((r) => r.theirsMs))) : 0;
  const loadErrors = results.filter((r) => r.loadError);

  console.log(`Extraction benchmark: ${results.length} pages from ${args.corpus}${loadErrors.length ? ` (${loadErrors.length} failed to load)` : ''}`);
  console.log('');
  console.log(`${pad('', 22)}${['precision', 'recall', 'F1', 'accuracy', 'median ms', 'p95 ms', 'no text'].map((h) => h.padStart(10)).join('')}`);
  for (const [label, s] of [['Sift Reader', ours], ['Readability.js 0.6.0', readability]] as const) {
    console.log(`${pad(label, 22)}${[f3(s.precision), f3(s.recall), f3(s.f1), f3(s.accuracy), s.medianMs.toFixed(1), s.p95Ms.toFixed(1), String(s.empty)].map((v) => v.padStart(10)).join('')}`);
  }
  console.log('');
  console.log(`Median time ratio (ours / Readability): ${medianRatio.toFixed(2)}`);
  console.log(`Pages more than 0.05 F1 below plain Readability: ${worseBy005}; more than 0.05 above: ${betterBy005}`);
  for (const r of loadErrors) console.log(`Load error ${r.id}: ${r.loadError}`);
  if (args.worst > 0) {
    const worst = [...results].sort((a, b) => delta(a) - delta(b) || a.id.localeCompare(b.id)).slice(0, args.worst);
    console.log('');
    console.log(`The ${worst.length} pages where we do worst against plain Readability (our F1 − their F1):`);
    const prf = (s: PageScore) => `P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}`;
    for (const [i, r] of worst.entries()) {
      console.log(`${String(i + 1).padStart(3)}. ${delta(r) >= 0 ? '+' : ''}${f3(delta(r))}  ${r.id}  ${r.url}`);
      console.log(`       ours         ${prf(r.ours)}${r.oursEmpty ? '  (no article)' : ''}`);
      console.log(`       readability  ${prf(r.theirs)}${r.theirsEmpty ? '  (no article)' : ''}`);
    }
  }
  const extractS = timed.reduce((a, r) => a + r.oursMs + r.theirsMs, 0) / 1000;
  console.log('');
  console.log(`Time: ${(totalMs / 1000).toFixed(1)} s in all; reading + jsdom parsing (twice per page) ${(parseAndLoadMs / 1000).toFixed(1)} s, `
    + `extraction ${extractS.toFixed(1)} s, scoring and the rest ${((totalMs - parseAndLoadMs) / 1000 - extractS).toFixed(1)} s.`);
  console.log(JSON.stringify({ pages: results.length, ours, readability, worseBy005, betterBy005, medianRatio, loadErrors: loadErrors.length }));
}
