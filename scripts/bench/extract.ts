// Extraction benchmark: Sift Reader's pipeline beside plain Readability.js 0.6.0 and Defuddle, in one run,
// on the Scrapinghub/Zyte article-extraction corpus (scored with its own shingle rule, lib/shingles.ts) or on
// WCXB (scored as its evaluate.py, lib/wcxb.ts, per page type). It prints figures and never asserts; the
// last line of stdout is one JSON object with every figure.
//
//   npm run -s bench:extract -- [--corpus DIR] [--limit N] [--worst K] [--peers LIST] [--no-cache]
//   npm run -s bench:extract -- --wcxb DIR [--type T,...] [--limit N] [--worst K] [--peers LIST] [--no-cache]
//                               [--write-results DIR] [--check-evaluate]
//   npm run -s bench:extract -- --check-published [--corpus DIR]   scorer check on the published output
//   npm run -s bench:extract -- --fixtures [DIR]                   the labelled pages in test/fixtures/pages
// Peer results are cached by page bytes (lib/peer-cache.ts); reports live in lib/bench-report.ts,
// lib/bench-wcxb.ts and lib/bench-fixtures.ts.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchFixtures } from './lib/bench-fixtures';
import { reportCorpus, type PageResult } from './lib/bench-report';
import { PageRunner } from './lib/bench-run';
import { benchWcxb } from './lib/bench-wcxb';
import { PEERS, type ExtractorName } from './lib/extractors';
import { f3, pad, r4, readJson } from './lib/bench-util';
import { argsOrExit, count, readArgs, UsageError } from '../lib/args';
import { readBytes, yieldToEventLoop } from '../lib/load-html';
import { scoreCorpus, scorePage, TOKEN_RE, TOKEN_RE_WITH_MARKS, type CorpusScore } from './lib/shingles';
import { MissingCorpus, PAGE_TYPES, type PageType } from './lib/wcxb';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/scrapinghub');
const DEFAULT_FIXTURES = resolve(ROOT, 'test/fixtures/pages');

const USAGE = `Usage: npm run -s bench:extract -- [--corpus DIR] [--limit N] [--worst K] [--peers LIST] [--no-cache]
       npm run -s bench:extract -- --wcxb DIR [--type T,...] [--limit N] [--worst K] [--peers LIST] [--no-cache] [--write-results DIR] [--check-evaluate]
       npm run -s bench:extract -- --check-published [--corpus DIR]
       npm run -s bench:extract -- --fixtures [DIR]
  --corpus DIR        the Scrapinghub corpus (ground-truth.json, html/<id>.html); default ${relative(process.cwd(), DEFAULT_CORPUS) || '.'}
  --wcxb DIR          the WCXB corpus (ground-truth/<id>.json, html/<id>.html.gz), e.g. ../shared/corpus/wcxb-dev
  --type T,...        WCXB page types only (${PAGE_TYPES.join(', ')})
  --limit N           only the first N pages (by id)
  --worst K           list the K pages where we do worst against plain Readability (default 10)
  --peers LIST        peers beside ours: readability,defuddle (default), a subset, or none
  --no-cache          run every peer afresh instead of reusing its cached output (and time all in one run)
  --write-results DIR save each extractor's texts as {id: text} JSON (WCXB evaluate.py's --results format)
  --check-evaluate    run WCXB's own evaluate.py (python3) on our texts and print its figures beside ours
  --check-published   score published-outputs/readability_js.json (expected: F1 0.947, P 0.914, R 0.982, acc 0.166)
  --fixtures [DIR]    score the labelled article fixtures (default test/fixtures/pages) and list remaining clutter`;

interface Args {
  corpus: string;
  wcxb?: string;
  types?: PageType[];
  limit?: number;
  worst: number;
  peers: ExtractorName[];
  cache: boolean;
  writeResults?: string;
  checkEvaluate: boolean;
  checkPublished: boolean;
  fixtures?: string;
}

function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], none = false): T[] {
  if (!value) throw new UsageError(`${flag} needs a list`);
  if (none && value === 'none') return [];
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = items.find((v) => !(allowed as readonly string[]).includes(v));
  if (bad !== undefined || !items.length) throw new UsageError(`${flag}: ${bad ?? value} is not one of ${allowed.join(', ')}${none ? ', none' : ''}`);
  return items as T[];
}

const OPTIONS = {
  corpus: { type: 'string' }, wcxb: { type: 'string' }, 'write-results': { type: 'string' }, type: { type: 'string' },
  peers: { type: 'string' }, limit: { type: 'string' }, worst: { type: 'string' }, fixtures: { type: 'string' },
  'no-cache': { type: 'boolean' }, 'check-evaluate': { type: 'boolean' }, 'check-published': { type: 'boolean' },
} as const;

function parseArgs(argv: readonly string[]): Args {
  const { values: v } = readArgs(argv, OPTIONS, { optionalValue: ['fixtures'] });
  const dir = (value: string | undefined) => (value === undefined ? undefined : resolve(value));
  const args: Args = {
    corpus: dir(v.corpus) ?? DEFAULT_CORPUS,
    wcxb: dir(v.wcxb),
    types: v.type === undefined ? undefined : listOf('--type', v.type, PAGE_TYPES),
    limit: v.limit === undefined ? undefined : count('--limit', v.limit, 1),
    worst: v.worst === undefined ? 10 : count('--worst', v.worst, 0),
    peers: v.peers === undefined ? [...PEERS] : listOf('--peers', v.peers, PEERS, true),
    cache: !v['no-cache'],
    writeResults: dir(v['write-results']),
    checkEvaluate: v['check-evaluate'] ?? false,
    checkPublished: v['check-published'] ?? false,
    // `--fixtures` alone: the default directory.
    fixtures: v.fixtures === undefined ? undefined : v.fixtures ? resolve(v.fixtures) : DEFAULT_FIXTURES,
  };
  if ((args.types || args.writeResults || args.checkEvaluate) && !args.wcxb) throw new UsageError('--type, --write-results and --check-evaluate need --wcxb DIR');
  return args;
}

// ---------- the corpus on disk ----------

type GroundTruth = Record<string, { articleBody: string; url: string }>;

/** Exits 2 with a clear message when the corpus is not where we look. */
function requireCorpus(corpus: string, need: string[]): void {
  const missing = need.map((p) => join(corpus, p)).find((p) => !existsSync(p));
  if (!existsSync(corpus) || !statSync(corpus).isDirectory() || missing) {
    process.stderr.write(
      `bench:extract: corpus not found: ${existsSync(corpus) ? missing : corpus} is missing.\n`
      + `Pass the Scrapinghub corpus directory (with ground-truth.json and html/) with --corpus, e.g.\n`
      + `  npm run -s bench:extract -- --corpus /path/to/shared/corpus/scrapinghub\n`,
    );
    process.exit(2);
  }
}

// ---------- --check-published ----------

function checkPublished(corpus: string): void {
  requireCorpus(corpus, ['ground-truth.json', 'published-outputs/readability_js.json']);
  const truth = readJson<GroundTruth>(join(corpus, 'ground-truth.json'));
  const published = readJson<{ version?: string; output: Record<string, { articleBody?: string }> }>(join(corpus, 'published-outputs/readability_js.json'));
  const expected = { f1: 0.947, precision: 0.914, recall: 0.982, accuracy: 0.166 };
  const run = (re: RegExp) => scoreCorpus(Object.keys(truth).map((id) => scorePage(truth[id]?.articleBody ?? '', published.output[id]?.articleBody ?? '', re)));
  const exact = run(TOKEN_RE);
  const withMarks = run(TOKEN_RE_WITH_MARKS);
  const line = (label: string, s: CorpusScore) => `${pad(label, 34)} F1 ${f3(s.f1)}  P ${f3(s.precision)}  R ${f3(s.recall)}  accuracy ${f3(s.accuracy)}`;
  const matches = (s: CorpusScore) => (['f1', 'precision', 'recall', 'accuracy'] as const).every((k) => f3(s[k]) === f3(expected[k]));
  console.log(`Scorer check: published Readability.js ${published.version ?? '?'} output, ${exact.pages} pages`);
  console.log(line('expected (upstream README)', { ...exact, ...expected }));
  console.log(`${line('ours, tokens [\\p{L}\\p{N}_]+', exact)}  ${matches(exact) ? 'match' : 'DIFFERENT'}`);
  console.log(`${line('ours, tokens [\\p{L}\\p{N}\\p{M}_]+', withMarks)}  ${matches(withMarks) ? 'match' : 'DIFFERENT'}`);
  console.log(JSON.stringify({
    check: 'published', pages: exact.pages, f1: r4(exact.f1), precision: r4(exact.precision), recall: r4(exact.recall),
    accuracy: r4(exact.accuracy), expected, matches: matches(exact), withCombiningMarks: { f1: r4(withMarks.f1), precision: r4(withMarks.precision), recall: r4(withMarks.recall), accuracy: r4(withMarks.accuracy) },
  }));
}

// ---------- corpus benchmark ----------

async function benchCorpus(args: Args): Promise<void> {
  requireCorpus(args.corpus, ['ground-truth.json', 'html']);
  const truth = readJson<GroundTruth>(join(args.corpus, 'ground-truth.json'));
  const ids = Object.keys(truth).sort().slice(0, args.limit);
  const extractors: ExtractorName[] = ['ours', ...args.peers];
  const runner = new PageRunner(extractors, args.cache);
  const started = performance.now();
  let parseAndLoadMs = 0;
  const results: PageResult[] = [];
  for (const [n, id] of ids.entries()) {
    const entry = truth[id];
    const url = entry?.url ?? 'https://example.invalid/';
    const body = entry?.articleBody ?? '';
    const read = readBytes(join(args.corpus, 'html', `${id}.html`));
    const run = read.ok ? await runner.run(read.bytes, url) : { results: {}, parseMs: 0, loadError: read.error };
    parseAndLoadMs += run.parseMs;
    const result: PageResult = { id, url, scores: {}, ms: {}, empty: {} };
    for (const name of extractors) {
      const text = run.results[name]?.text ?? '';
      result.scores[name] = scorePage(body, text);
      result.ms[name] = run.results[name]?.ms ?? 0;
      result.empty[name] = !text.trim();
    }
    const loadError = run.loadError ?? extractors.map((x) => run.results[x]?.error).find(Boolean);
    results.push(loadError ? { ...result, loadError } : result);
    await yieldToEventLoop(); // lets jsdom's closed documents be collected (see load-html.ts)
    if ((n + 1) % 25 === 0) process.stderr.write(`  ${n + 1}/${ids.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  runner.flush();
  reportCorpus(args, { extractors, results, totalMs: performance.now() - started, parseAndLoadMs, cached: runner.cached });
}

async function main(): Promise<void> {
  const args = argsOrExit('bench:extract', USAGE, parseArgs);
  if (args.fixtures) await benchFixtures(args.fixtures);
  else if (args.checkPublished) checkPublished(args.corpus);
  else if (args.wcxb) {
    try {
      await benchWcxb({
        dir: args.wcxb, types: args.types, limit: args.limit, worst: args.worst, extractors: ['ours', ...args.peers],
        cache: args.cache, writeResults: args.writeResults, checkEvaluate: args.checkEvaluate,
      });
    } catch (error) {
      if (!(error instanceof MissingCorpus)) throw error;
      process.stderr.write(`bench:extract: ${error.message}\n`);
      process.exit(2);
    }
  } else await benchCorpus(args);
}

await main();
