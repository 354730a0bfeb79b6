// Page classification benchmark: src/core/detect's detectPage against the labels of the fixture pages and
// the Scrapinghub corpus, beside @mozilla/readability's isProbablyReaderable in the same run. Prints
// precision and recall of "article" and "news article", the pages it gets wrong and per-page time; with
// --browser, times the built detector inside headless Chromium and prints its gzip size (lib/detect-browser.ts).
// It prints figures and never asserts; the last line of stdout is one JSON object.
//
//   npm run -s bench:detect -- [--pages ../shared/fixtures/pages] [--corpus ../shared/corpus/scrapinghub]
//   npm run -s bench:detect -- --browser [--rounds N] [--big]
//   npm run -s bench:detect -- --wcxb ../shared/corpus/wcxb-dev [--limit N]   (per page type: lib/detect-wcxb.ts)
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectPage, type PageKind } from '../../src/core/detect';
import { f3, median, pad, percentile, r4 } from './lib/bench-util';
import { argsOrExit, count, readArgs, UsageError } from '../lib/args';
import { benchBrowser } from './lib/detect-browser';
import { bigPages } from './lib/big-pages-detect';
import { benchWcxb } from './lib/detect-wcxb';
import { corpusPages, fixturePages, rates, type LabelledPage, type Rates } from './lib/detect-pages';
import { closePage, decodeHtml, domFromText, readBytes, yieldToEventLoop } from '../lib/load-html';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_PAGES = resolve(ROOT, '../shared/fixtures/pages');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/scrapinghub');
const shown = (path: string) => relative(process.cwd(), path) || '.';

const USAGE = `Usage: npm run -s bench:detect -- [--pages DIR] [--corpus DIR] [--limit N] [--browser [--rounds N]] [--wcxb DIR]
  --pages DIR    labelled pages (index.json with an "article" flag per file); default ${shown(DEFAULT_PAGES)}
  --corpus DIR   the Scrapinghub corpus (ground-truth.json, html/<id>.html), every page an article; default ${shown(DEFAULT_CORPUS)}
  --limit N      only the first N corpus pages (by id); with --wcxb, N pages taken in turn from each type
  --wcxb DIR     WCXB pages instead (ground-truth/, html/; e.g. ../shared/corpus/wcxb-dev): verdicts per page type
  --browser      time the built detector in headless Chromium (${process.env.CHROME_PATH ?? '/usr/bin/chromium'}) and print its gzip size
  --rounds N     detections per page in --browser mode, each on a fresh copy of the page (default 20)
  --big          with --browser: the generated big pages of issue 18 (100,000 elements, 20 MB…) instead, each one printed`;

interface Args {
  pages: string;
  corpus: string;
  wcxb?: string;
  limit?: number;
  browser: boolean;
  rounds: number;
  big: boolean;
}

const OPTIONS = {
  pages: { type: 'string' }, corpus: { type: 'string' }, wcxb: { type: 'string' }, limit: { type: 'string' },
  rounds: { type: 'string' }, browser: { type: 'boolean' }, big: { type: 'boolean' },
} as const;

function parseArgs(argv: readonly string[]): Args {
  const { values: v } = readArgs(argv, OPTIONS);
  const args: Args = {
    pages: v.pages === undefined ? DEFAULT_PAGES : resolve(v.pages),
    corpus: v.corpus === undefined ? DEFAULT_CORPUS : resolve(v.corpus),
    wcxb: v.wcxb === undefined ? undefined : resolve(v.wcxb),
    limit: v.limit === undefined ? undefined : count('--limit', v.limit),
    browser: v.browser ?? false,
    rounds: v.rounds === undefined ? 20 : count('--rounds', v.rounds),
    big: v.big ?? false,
  };
  if (args.big && !args.browser) throw new UsageError('--big times the browser: add --browser');
  return args;
}

interface Outcome {
  page: LabelledPage;
  kind: PageKind;
  score: number;
  reasons: string[];
  readerable: boolean;
  ms: number;
  readerableMs: number;
  error?: string;
}

function classify(page: LabelledPage): Outcome {
  const failed = (error: string): Outcome => ({ page, kind: 'none', score: 0, reasons: [], readerable: false, ms: 0, readerableMs: 0, error });
  const read = readBytes(page.path);
  if (!read.ok) return failed(read.error);
  const loaded = domFromText(decodeHtml(read.bytes).text, page.url);
  if (!loaded.ok) return failed(loaded.error);
  try {
    const t0 = performance.now();
    const detection = detectPage(loaded.document, page.url);
    const t1 = performance.now();
    const readerable = isProbablyReaderable(loaded.document);
    return { page, ...detection, readerable, ms: t1 - t0, readerableMs: performance.now() - t1 };
  } catch (error) {
    return failed(`detection threw: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    closePage(loaded);
  }
}

const rateLine = (label: string, r: Rates) => `${pad(label, 40)} P ${f3(r.precision)}  R ${f3(r.recall)}  (${r.hits} right of ${r.predicted} predicted, ${r.actual} labelled)`;
const rateJson = (r: Rates) => ({ precision: r4(r.precision), recall: r4(r.recall), predicted: r.predicted, actual: r.actual, hits: r.hits });

function report(args: Args, outcomes: Outcome[]): void {
  const isArticle = (o: Outcome) => o.kind !== 'none';
  const article = rates(outcomes, (o) => o.page.article, isArticle);
  const news = rates(outcomes, (o) => o.page.news, (o) => o.kind === 'news');
  const readerable = rates(outcomes, (o) => o.page.article, (o) => o.readerable);
  const fixtures = outcomes.filter((o) => o.page.set === 'fixtures');
  const opened = fixtures.filter((o) => !o.page.article && isArticle(o)).map((o) => o.page.name);
  const kinds = (set: string) => Object.fromEntries((['news', 'article', 'none'] as const).map((k) => [k, outcomes.filter((o) => o.page.set === set && o.kind === k).length]));
  const wrong = outcomes.filter((o) => o.page.article !== isArticle(o) || (o.page.news === true && o.kind !== 'news'));
  const ms = outcomes.filter((o) => !o.error).map((o) => o.ms);
  const rms = outcomes.filter((o) => !o.error).map((o) => o.readerableMs);
  const errors = outcomes.filter((o) => o.error);
  console.log(`Page classification: ${fixtures.length} labelled pages (${shown(args.pages)}), ${outcomes.length - fixtures.length} corpus pages (${shown(args.corpus)})`);
  console.log('');
  console.log(rateLine('article, detectPage', article));
  console.log(rateLine('article, isProbablyReaderable', readerable));
  console.log(rateLine('news article, detectPage (labelled pages)', news));
  console.log(`Non-articles opened as articles: ${opened.length ? opened.join(', ') : 'none'} (of ${fixtures.filter((o) => !o.page.article).length})`);
  console.log(`Kinds: labelled pages ${JSON.stringify(kinds('fixtures'))}, corpus ${JSON.stringify(kinds('corpus'))}`);
  console.log('');
  console.log(`Wrong (${wrong.length}):`);
  for (const o of wrong) {
    console.log(`  ${pad(o.page.set === 'corpus' ? o.page.name.slice(0, 12) : o.page.name, 36)} ${o.page.article ? 'article' : 'not an article'}, got ${o.kind} (${o.score}) ${o.error ?? o.reasons.join(' ')}  ${o.page.url}`);
  }
  for (const o of errors) console.log(`  error: ${o.page.path}: ${o.error}`);
  console.log('');
  console.log(`ms per page under jsdom (Node; see --browser for Chromium): detectPage median ${f3(median(ms))}, p95 ${f3(percentile(ms, 95))}; isProbablyReaderable median ${f3(median(rms))}, p95 ${f3(percentile(rms, 95))}`);
  console.log(JSON.stringify({
    mode: 'jsdom', pages: outcomes.length, fixtures: fixtures.length, corpus: outcomes.length - fixtures.length,
    article: rateJson(article), news: rateJson(news), readerable: rateJson(readerable), nonArticlesOpened: opened,
    kinds: { fixtures: kinds('fixtures'), corpus: kinds('corpus') }, errors: errors.length,
    wrong: wrong.map((o) => ({ name: o.page.name, article: o.page.article, kind: o.kind, score: o.score, reasons: o.error ? [o.error] : o.reasons })),
    ms: { median: r4(median(ms)), p95: r4(percentile(ms, 95)) }, readerableMs: { median: r4(median(rms)), p95: r4(percentile(rms, 95)) },
  }));
}

async function main(): Promise<void> {
  const args = argsOrExit('bench:detect', USAGE, parseArgs);
  if (args.wcxb) {
    await benchWcxb(shown(args.wcxb), args.limit);
    return;
  }
  if (args.big) {
    const generated = bigPages();
    try {
      await benchBrowser(generated.pages, args.rounds, { perPage: true });
    } finally {
      generated.remove();
    }
    return;
  }
  const pages = [...fixturePages(args.pages), ...corpusPages(args.corpus, args.limit)];
  if (args.browser) {
    await benchBrowser(pages, args.rounds);
    return;
  }
  const outcomes: Outcome[] = [];
  for (const page of pages) {
    outcomes.push(classify(page));
    await yieldToEventLoop(); // lets jsdom's closed documents be collected (see load-html.ts)
  }
  report(args, outcomes);
}

await main();
