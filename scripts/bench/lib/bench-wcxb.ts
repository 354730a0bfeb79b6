// `bench:extract -- --wcxb DIR`: every extractor on the WCXB pages, scored as WCXB's evaluate.py scores
// (lib/wcxb.ts), per page type, with the pages where we do worst; `--write-results DIR` saves each
// extractor's texts as evaluate.py's --results files, and `--check-evaluate` runs evaluate.py itself on
// ours to show the restated scorer prints the same figures.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LABELS, type ExtractorName } from './extractors';
import { f3, median, pad, percentile, r2, r4 } from './bench-util';
import { PageRunner } from './bench-run';
import { yieldToEventLoop } from '../../lib/load-html';
import { PAGE_TYPES, quoteOnlyMissRate, scoreWcxb, summarizeWcxb, wcxbBytes, wcxbPages, type PageType, type WcxbPage, type WordScore } from './wcxb';

export interface WcxbOptions {
  dir: string;
  types?: readonly PageType[];
  limit?: number;
  worst: number;
  extractors: readonly ExtractorName[];
  cache: boolean;
  writeResults?: string;
  checkEvaluate: boolean;
}

interface Result {
  page: WcxbPage;
  scores: Partial<Record<ExtractorName, WordScore>>;
  texts: Partial<Record<ExtractorName, string>>;
  ms: Partial<Record<ExtractorName, number>>;
  error?: string;
}

const HEAD = ['pages', 'F1', 'P', 'R', 'with', 'without'];

function row(label: string, scores: readonly WordScore[]): string {
  const s = summarizeWcxb(scores);
  return `${pad(label, 34)}${[String(s.pages), f3(s.f1), f3(s.precision), f3(s.recall), f3(s.withRate), f3(s.withoutRate)].map((v) => v.padStart(8)).join('')}`;
}

function jsonOf(scores: readonly WordScore[]) {
  const s = summarizeWcxb(scores);
  return { pages: s.pages, f1: r4(s.f1), precision: r4(s.precision), recall: r4(s.recall), with: r4(s.withRate), without: r4(s.withoutRate) };
}

function report(options: WcxbOptions, results: readonly Result[], totalMs: number, cached: boolean): void {
  const { extractors } = options;
  const scoresOf = (name: ExtractorName, type?: PageType) => results.filter((r) => !type || r.page.type === type).map((r) => r.scores[name]).filter((s): s is WordScore => !!s);
  const types = PAGE_TYPES.filter((t) => results.some((r) => r.page.type === t));
  console.log(`WCXB extraction benchmark: ${results.length} pages from ${options.dir}, scored as its evaluate.py (word F1 per page, averaged)`);
  console.log('');
  console.log(`${pad('', 34)}${HEAD.map((h) => h.padStart(8)).join('')}`);
  for (const type of types) {
    for (const name of extractors) console.log(row(`${pad(type, 14)}${LABELS[name]}`, scoresOf(name, type)));
  }
  if (types.length > 1) for (const name of extractors) console.log(row(`${pad('all', 14)}${LABELS[name]}`, scoresOf(name)));
  console.log('');
  // evaluate.py's snippet test is exact: how much of each "with" figure is lost to quote style alone.
  const quoteMiss = extractors.map((n) => `${LABELS[n]} ${f3(results.reduce((sum, r) => sum + quoteOnlyMissRate(r.texts[n] ?? '', r.page.with), 0) / Math.max(1, results.length))}`);
  console.log(`"with" snippets missed only for curly vs straight quotes (a corpus quirk, not scored; see lib/wcxb.ts): ${quoteMiss.join(', ')}`);
  console.log('');
  const f1 = (r: Result, name: ExtractorName) => r.scores[name]?.f1 ?? 0;
  const rec = (r: Result, name: ExtractorName) => r.scores[name]?.recall ?? 0;
  if (extractors.includes('readability') && options.worst > 0) {
    const worse = results.filter((r) => rec(r, 'ours') < rec(r, 'readability') - 0.05).length;
    console.log(`Pages where our recall is more than 0.05 below plain Readability's: ${worse}; F1 more than 0.05 below: ${results.filter((r) => f1(r, 'ours') < f1(r, 'readability') - 0.05).length}`);
    const worst = [...results].sort((a, b) => (f1(a, 'ours') - f1(a, 'readability')) - (f1(b, 'ours') - f1(b, 'readability')) || a.page.id.localeCompare(b.page.id)).slice(0, options.worst);
    console.log(`The ${worst.length} pages where we do worst against plain Readability (F1, P, R, with):`);
    for (const r of worst) {
      const cols = extractors.map((n) => `${n} ${f3(f1(r, n))} ${f3(r.scores[n]?.precision ?? 0)} ${f3(rec(r, n))} ${f3(r.scores[n]?.withRate ?? 0)}`).join(' | ');
      console.log(`  ${r.page.id} ${pad(r.page.type, 13)} ${cols}  ${r.page.url}`);
    }
  }
  if (options.worst > 0) {
    const lowest = [...results].sort((a, b) => f1(a, 'ours') - f1(b, 'ours') || a.page.id.localeCompare(b.page.id)).slice(0, options.worst);
    console.log(`Our ${lowest.length} lowest pages (F1, P, R, with):`);
    for (const r of lowest) {
      const s = r.scores.ours;
      console.log(`  ${r.page.id} ${pad(r.page.type, 13)} ${f3(s?.f1 ?? 0)} ${f3(s?.precision ?? 0)} ${f3(s?.recall ?? 0)} ${f3(s?.withRate ?? 0)}  ${r.page.url}`);
    }
  }
  const times = Object.fromEntries(extractors.map((n) => {
    const ms = results.filter((r) => !r.error).map((r) => r.ms[n] ?? 0);
    return [n, { medianMs: r2(median(ms)), p95Ms: r2(percentile(ms, 95)), maxMs: r2(Math.max(0, ...ms)), totalS: r2(ms.reduce((a, b) => a + b, 0) / 1000) }];
  }));
  const over2s = results.filter((r) => (r.ms.ours ?? 0) > 2000).map((r) => r.page.id);
  console.log('');
  console.log(`Time per page (ms, median / p95 / max; total s)${cached ? ' — peers as cached: --no-cache times all in one run' : ''}:`);
  for (const n of extractors) console.log(`  ${pad(LABELS[n], 22)} ${times[n]!.medianMs} / ${times[n]!.p95Ms} / ${times[n]!.maxMs}; ${times[n]!.totalS}`);
  if (extractors.includes('readability')) console.log(`  ours / Readability, total time: ${r2(times.ours!.totalS / Math.max(0.001, times.readability!.totalS))}`);
  console.log(`  our pages over 2 s: ${over2s.length ? over2s.join(', ') : 'none'}; run ${(totalMs / 1000).toFixed(0)} s`);
  for (const r of results.filter((x) => x.error)) console.log(`  error ${r.page.id}: ${r.error}`);
  const byType = (name: ExtractorName) => Object.fromEntries(types.map((t) => [t, jsonOf(scoresOf(name, t))]));
  console.log(JSON.stringify({
    corpus: 'wcxb', pages: results.length, peerTimesCached: cached,
    ...Object.fromEntries(extractors.map((n) => [n, { all: jsonOf(scoresOf(n)), ...byType(n), time: times[n] }])), over2s,
  }));
}

function writeResults(dir: string, results: readonly Result[], extractors: readonly ExtractorName[]): string[] {
  mkdirSync(dir, { recursive: true });
  return extractors.map((name) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(Object.fromEntries(results.map((r) => [r.page.id, r.texts[name] ?? '']))));
    return path;
  });
}

/**
 * evaluate.py reads `<its dir>/<split>/ground-truth/*.json`: a temporary dir holds a copy of it and a
 * `dev/ground-truth` of links to the ground truth of the pages this run scored, so a partial run compares too.
 */
function checkEvaluate(dir: string, results: readonly Result[]): void {
  const tmp = mkdtempSync(join(tmpdir(), 'wcxb-eval-'));
  try {
    copyFileSync(join(dir, 'evaluate.py'), join(tmp, 'evaluate.py'));
    mkdirSync(join(tmp, 'dev', 'ground-truth'), { recursive: true });
    for (const r of results) symlinkSync(join(dir, 'ground-truth', `${r.page.id}.json`), join(tmp, 'dev', 'ground-truth', `${r.page.id}.json`));
    const [oursPath] = writeResults(tmp, results, ['ours']);
    const out = execFileSync('python3', [join(tmp, 'evaluate.py'), '--split', 'dev', '--results', oursPath!, '--per-type'], { encoding: 'utf8' });
    console.log('');
    console.log('Scorer check: WCXB\'s own evaluate.py on the same texts of ours (compare with the "Sift Reader" rows above):');
    console.log(out.trimEnd().split('\n').map((l) => `  | ${l}`).join('\n'));
  } catch (error) {
    console.log(`Scorer check failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function benchWcxb(options: WcxbOptions): Promise<void> {
  const pages = wcxbPages(options.dir).filter((p) => !options.types || options.types.includes(p.type)).slice(0, options.limit);
  const runner = new PageRunner(options.extractors, options.cache);
  const started = performance.now();
  const results: Result[] = [];
  for (const [n, page] of pages.entries()) {
    let run;
    try {
      run = await runner.run(wcxbBytes(page), page.url);
    } catch (error) {
      run = { results: {}, parseMs: 0, loadError: error instanceof Error ? error.message : String(error) };
    }
    const scores: Result['scores'] = {};
    const texts: Result['texts'] = {};
    const ms: Result['ms'] = {};
    for (const name of options.extractors) {
      const text = run.results[name]?.text ?? '';
      scores[name] = scoreWcxb(page, text);
      texts[name] = text;
      ms[name] = run.results[name]?.ms ?? 0;
    }
    const error = run.loadError ?? options.extractors.map((x) => run.results[x]?.error).find(Boolean);
    results.push({ page, scores, texts, ms, ...(error ? { error } : {}) });
    await yieldToEventLoop(); // lets jsdom's closed documents be collected (see load-html.ts)
    if ((n + 1) % 50 === 0) process.stderr.write(`  ${n + 1}/${pages.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  runner.flush();
  if (options.writeResults) for (const path of writeResults(options.writeResults, results, options.extractors)) console.log(`wrote ${path}`);
  report(options, results, performance.now() - started, runner.cached);
  if (options.checkEvaluate) checkEvaluate(options.dir, results);
}
