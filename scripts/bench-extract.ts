// Extraction benchmark: Sift Reader's pipeline against plain Readability.js 0.6.0 on the Scrapinghub/Zyte
// article-extraction corpus, scored with the corpus's own shingle rule (lib/shingles.ts). It prints
// figures and never asserts; the last line of stdout is one JSON object with every figure.
//
//   npm run -s bench:extract -- [--corpus DIR] [--limit N] [--worst K]
//   npm run -s bench:extract -- --check-published [--corpus DIR]   scorer check on the published output
//   npm run -s bench:extract -- --fixtures [DIR]                   the labelled pages in test/fixtures/pages
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core';
import { closePage, decodeHtml, domFromText, loadHtmlFile, readBytes, yieldToEventLoop } from './lib/load-html';
import { scoreCorpus, scorePage, TOKEN_RE, TOKEN_RE_WITH_MARKS, type CorpusScore, type PageScore } from './lib/shingles';

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

class UsageError extends Error {}

function count(name: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} needs an integer ≥ ${min}`);
  return Number(value);
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

// ---------- small helpers ----------

const f3 = (x: number) => x.toFixed(3);
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const r2 = (x: number) => Math.round(x * 100) / 100;
const pad = (s: string, n: number) => s.padEnd(n);

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

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

interface PageResult {
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

function summary(scores: PageScore[], ms: number[], empty: number) {
  const s = scoreCorpus(scores);
  return {
    precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), accuracy: r4(s.accuracy),
    medianMs: r2(median(ms)), p95Ms: r2(percentile(ms, 95)), empty,
  };
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

// ---------- --fixtures ----------

interface FixtureEntry {
  file: string;
  url: string;
  article: boolean;
  title: string;
  body: string;
  clutter: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function benchFixtures(dir: string): Promise<void> {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) {
    process.stderr.write(`bench:extract: ${indexPath} is missing; pass the fixture directory with --fixtures DIR\n`);
    process.exit(2);
  }
  const index = readJson<FixtureEntry[]>(indexPath);
  const scores: PageScore[] = [];
  const pages: { file: string; precision: number; recall: number; f1: number; isArticle: boolean; titleOk: boolean; missingParagraphs: number; extraParagraphs: number; clutter: string[] }[] = [];
  console.log(`Fixture report: ${index.filter((e) => e.article).length} article pages in ${dir}`);
  console.log('');
  for (const entry of index.filter((e) => e.article)) {
    const page = loadHtmlFile(join(dir, entry.file), entry.url);
    let text = '';
    let title = '';
    let isArticle = false;
    let note = '';
    if (page.ok) {
      const outcome = extractArticle(page.document, entry.url);
      closePage(page);
      if (outcome.ok) {
        isArticle = true;
        text = outcome.article.text;
        title = outcome.article.title;
      } else note = `${outcome.reason}: ${outcome.message}`;
    } else note = `load error: ${page.error}`;
    await yieldToEventLoop();
    const score = scorePage(entry.body, text);
    scores.push(score);
    const flat = collapse(text);
    const clutter = entry.clutter.filter((c) => flat.includes(collapse(c)));
    const missing = entry.body.split(/\n\s*\n/).map(collapse).filter((p) => p && !flat.includes(p));
    const flatBody = collapse(entry.body);
    const extra = text.split(/\n\s*\n/).map(collapse).filter((p) => p && !flatBody.includes(p));
    pages.push({ file: entry.file, precision: r4(score.precision), recall: r4(score.recall), f1: r4(score.f1), isArticle, titleOk: title === entry.title, missingParagraphs: missing.length, extraParagraphs: extra.length, clutter });
    console.log(`${pad(entry.file, 40)} recall ${f3(score.recall)}  precision ${f3(score.precision)}  F1 ${f3(score.f1)}`
      + `${isArticle ? '' : `  NO ARTICLE (${note})`}${title === entry.title || !isArticle ? '' : `  title: ${JSON.stringify(title)}`}`);
    if (missing.length) console.log(`    ${missing.length} body paragraph(s) missing, first: ${JSON.stringify(missing[0]?.slice(0, 100))}`);
    for (const c of clutter) console.log(`    clutter left: ${JSON.stringify(c)}`);
    // Our paragraphs that are not in the body: what costs precision (captions, bylines, boxes...).
    for (const p of extra) console.log(`    extra text: ${JSON.stringify(p.length > 100 ? `${p.slice(0, 100)}…` : p)}`);
  }
  const falseArticles: string[] = [];
  for (const entry of index.filter((e) => !e.article)) {
    const page = loadHtmlFile(join(dir, entry.file), entry.url);
    if (!page.ok) continue;
    if (extractArticle(page.document, entry.url).ok) falseArticles.push(entry.file);
    closePage(page);
    await yieldToEventLoop();
  }
  const s = scoreCorpus(scores);
  const clutterLeft = pages.reduce((a, p) => a + p.clutter.length, 0);
  console.log('');
  console.log(`All: recall ${f3(s.recall)}  precision ${f3(s.precision)}  F1 ${f3(s.f1)}  exact ${f3(s.accuracy)}; `
    + `clutter strings left ${clutterLeft} on ${pages.filter((p) => p.clutter.length).length} page(s)`);
  console.log(`Non-article pages read as articles: ${falseArticles.length ? falseArticles.join(', ') : 'none'} (of ${index.length - pages.length})`);
  console.log(JSON.stringify({
    mode: 'fixtures', pages: pages.length, precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), accuracy: r4(s.accuracy),
    clutterLeft, falseArticles, perPage: pages,
  }));
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench:extract: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.fixtures) await benchFixtures(args.fixtures);
  else if (args.checkPublished) checkPublished(args.corpus);
  else await benchCorpus(args);
}

await main();
