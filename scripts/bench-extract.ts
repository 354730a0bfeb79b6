// Extraction benchmark: Sift Reader's pipeline against plain Readability.js 0.6.0 on the Scrapinghub/Zyte
// article-extraction corpus, scored with the corpus's own shingle rule (lib/shingles.ts). It prints
// figures and never asserts; the last line of stdout is one JSON object with every figure.
//
//   npm run -s bench:extract -- [--corpus DIR] [--limit N] [--worst K]
//   npm run -s bench:extract -- --check-published [--corpus DIR]   scorer check on the published output
//   npm run -s bench:extract -- --fixtures [DIR]                   the labelled pages in test/fixtures/pages
// The report printing lives in lib/bench-report.ts, the --fixtures mode in lib/bench-fixtures.ts.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core';
import { benchFixtures } from './lib/bench-fixtures';
import { reportCorpus, type PageResult } from './lib/bench-report';
import { f3, pad, r4, readJson } from './lib/bench-util';
import { argsOrExit, count, UsageError } from './lib/bench-args';
import { closePage, decodeHtml, domFromText, readBytes, yieldToEventLoop } from './lib/load-html';
import { scoreCorpus, scorePage, TOKEN_RE, TOKEN_RE_WITH_MARKS, type CorpusScore } from './lib/shingles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/scrapinghub');
const DEFAULT_FIXTURES = resolve(ROOT, 'test/fixtures/pages');

const USAGE = `Usage: npm run -s bench:extract -- [--corpus DIR] [--limit N] [--worst K]
       npm run -s bench:extract -- --check-published [--corpus DIR]
       npm run -s bench:extract -- --fixtures [DIR]
  --corpus DIR        the Scrapinghub corpus (ground-truth.json, html/<id>.html); default ${relative(process.cwd(), DEFAULT_CORPUS) || '.'}
  --limit N           only the first N pages (by id)
  --worst K           list the K pages where we do worst against plain Readability (default 10)
  --check-published   score published-outputs/readability_js.json (expected: F1 0.947, P 0.914, R 0.982, acc 0.166)
  --fixtures [DIR]    score the labelled article fixtures (default test/fixtures/pages) and list remaining clutter`;

interface Args {
  corpus: string;
  limit?: number;
  worst: number;
  checkPublished: boolean;
  fixtures?: string;
}


function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpus: DEFAULT_CORPUS, worst: 10, checkPublished: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const next = () => inline ?? argv[++i];
    switch (name) {
      case '--corpus': {
        const value = next();
        if (!value) throw new UsageError('--corpus needs a directory');
        args.corpus = resolve(value);
        break;
      }
      case '--limit': args.limit = count('--limit', next(), 1); break;
      case '--worst': args.worst = count('--worst', next(), 0); break;
      case '--check-published': args.checkPublished = true; break;
      case '--fixtures': {
        const following = argv[i + 1];
        const value = inline ?? (following !== undefined && !following.startsWith('-') ? argv[++i] : undefined);
        args.fixtures = value ? resolve(value) : DEFAULT_FIXTURES;
        break;
      }
      case '-h': case '--help': process.stdout.write(`${USAGE}\n`); process.exit(0); break;
      default: throw new UsageError(`unknown argument: ${raw}`);
    }
  }
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

interface RunResult {
  text: string;
  ms: number;
  error?: string;
}

function runOurs(text: string, url: string): RunResult {
  const page = domFromText(text, url);
  if (!page.ok) return { text: '', ms: 0, error: page.error };
  try {
    const t0 = performance.now();
    const outcome = extractArticle(page.document, url);
    const ms = performance.now() - t0;
    return { text: outcome.ok ? outcome.article.text : '', ms };
  } finally {
    closePage(page);
  }
}

function runReadability(text: string, url: string): RunResult {
  const page = domFromText(text, url);
  if (!page.ok) return { text: '', ms: 0, error: page.error };
  try {
    const t0 = performance.now();
    let out = '';
    try {
      out = new Readability(page.document.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      out = '';
    }
    return { text: out, ms: performance.now() - t0 };
  } finally {
    closePage(page);
  }
}

async function benchCorpus(args: Args): Promise<void> {
  requireCorpus(args.corpus, ['ground-truth.json', 'html']);
  const truth = readJson<GroundTruth>(join(args.corpus, 'ground-truth.json'));
  const ids = Object.keys(truth).sort().slice(0, args.limit);
  const started = performance.now();
  let parseAndLoadMs = 0;
  const results: PageResult[] = [];
  for (const [n, id] of ids.entries()) {
    const entry = truth[id];
    const url = entry?.url ?? 'https://example.invalid/';
    const body = entry?.articleBody ?? '';
    const read = readBytes(join(args.corpus, 'html', `${id}.html`));
    const pageStart = performance.now();
    let ours: RunResult = { text: '', ms: 0 };
    let theirs: RunResult = { text: '', ms: 0 };
    if (read.ok) {
      const html = decodeHtml(read.bytes).text;
      ours = runOurs(html, url);
      theirs = runReadability(html, url);
    }
    parseAndLoadMs += performance.now() - pageStart - ours.ms - theirs.ms;
    const loadError = !read.ok ? read.error : ours.error ?? theirs.error;
    results.push({
      id, url, ours: scorePage(body, ours.text), theirs: scorePage(body, theirs.text), oursMs: ours.ms, theirsMs: theirs.ms,
      oursEmpty: !ours.text.trim(), theirsEmpty: !theirs.text.trim(), ...(loadError ? { loadError } : {}),
    });
    await yieldToEventLoop(); // lets jsdom's closed documents be collected (see load-html.ts)
    if ((n + 1) % 25 === 0) process.stderr.write(`  ${n + 1}/${ids.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const totalMs = performance.now() - started;
  reportCorpus(args, { results, totalMs, parseAndLoadMs });
}

async function main(): Promise<void> {
  const args = argsOrExit('bench:extract', USAGE, parseArgs, process.argv.slice(2));
  if (args.fixtures) await benchFixtures(args.fixtures);
  else if (args.checkPublished) checkPublished(args.corpus);
  else await benchCorpus(args);
}

await main();
