// Runs Sift Reader's extraction core (the same extractArticle the extension uses) on saved HTML files.
// npm run -s extract -- [--format json|text|markdown|html] [--url URL] FILE|DIR...   (see lib/extract-args.ts)
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../src/core';
import { detectPage } from '../../src/core/detect';
import type { ExtractOutcome, Removal } from '../../src/core';
import { expandInputs, parseArgs, UsageError, USAGE, type CliOptions } from './lib/extract-args';
import { closePage, fileUrl, loadHtmlFile, yieldToEventLoop } from '../lib/load-html';
import { JSDOM } from 'jsdom';
import { htmlToMarkdown } from '../../src/core/markdown';
import { articleEntities, type EntityLine } from './lib/entities';

export interface JsonLine {
  file: string;
  url: string;
  /** The page classifier's verdict (src/core/detect, as the extension's content script): news or another article. */
  isArticle: boolean;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: string;
  excerpt: string;
  text: string;
  html: string;
  removed: Removal[];
  /** The article's entities (people, organisations, places), sorted by salience; [] for a non-article. */
  entities: EntityLine[];
  /** Why entities could not be recognised (the line is still the article's). */
  entitiesError?: string;
  /** When extraction finds no article: why ("no-article" or "error") and the core's message; absent otherwise. */
  reason?: string;
  message?: string;
  /** extractMs includes the page classification (well under a millisecond in a browser). */
  timings: { totalMs: number; loadMs: number; extractMs: number; entitiesMs: number };
}

interface ErrorLine {
  file: string;
  error: string;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

// The extension's time budget (content/reading-limits.ts) scaled to jsdom, several times slower than a
// browser: past it, a page is "too large to simplify" (issue 18) instead of a run of minutes.
const EXTRACT_BUDGET_MS = 20_000;

interface Entities {
  entities: EntityLine[];
  error?: string;
}

function toJson(file: string, url: string, isArticle: boolean, outcome: ExtractOutcome, found: Entities, timings: JsonLine['timings']): JsonLine {
  if (outcome.ok) {
    const a = outcome.article;
    return {
      file, url, isArticle, title: a.title, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime,
      lang: a.lang, dir: a.dir, excerpt: a.excerpt, text: a.text, html: a.html, removed: a.removed, entities: found.entities,
      ...(found.error ? { entitiesError: found.error } : {}), timings,
    };
  }
  return {
    file, url, isArticle, title: '', byline: '', siteName: '', publishedTime: '', lang: '', dir: '', excerpt: '',
    text: '', html: '', removed: [], entities: [], reason: outcome.reason, message: outcome.message, timings,
  };
}

/** Entities of an extracted article; a failure is reported on the line, never ends the run. */
function recognize(document: Document, outcome: ExtractOutcome): Entities {
  if (!outcome.ok) return { entities: [] };
  try {
    const { html, lang, title, siteName } = outcome.article;
    return { entities: articleEntities(document, html, lang, title, siteName) };
  } catch (error) {
    return { entities: [], error: error instanceof Error ? error.message : String(error) };
  }
}

// The Markdown converter is the extension's (src/core/markdown), walking a DOM it is given: one jsdom
// window parses every article's HTML for it (the page's own window is closed by then).
let parserWindow: JSDOM | undefined;
function markdownParser(): InstanceType<JSDOM['window']['DOMParser']> {
  parserWindow ??= new JSDOM('');
  return new parserWindow.window.DOMParser();
}

function write(line: string): void {
  process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
}

function processFile(file: string, options: CliOptions, index: number, count: number): void {
  const started = performance.now();
  let url: string;
  try {
    url = options.url ?? fileUrl(file);
  } catch (error) {
    url = '';
    report({ file, error: error instanceof Error ? error.message : String(error) }, options);
    return;
  }
  const page = loadHtmlFile(file, url);
  if (!page.ok) {
    if (page.tooLarge) emit(file, url, options, { ok: false, reason: 'too-large', message: page.error }, started);
    else report({ file, error: page.error }, options);
    return;
  }
  const loaded = performance.now();
  let outcome: ExtractOutcome;
  let isArticle = false;
  let found: Entities = { entities: [] };
  let extracted = loaded;
  try {
    // Classified before extraction, on the page as loaded, as the content script does.
    isArticle = detectPage(page.document, url).kind !== 'none';
    outcome = extractArticle(page.document, url, { now: () => performance.now(), deadline: performance.now() + EXTRACT_BUDGET_MS });
    extracted = performance.now();
    // Only the JSON output carries entities; the other formats skip the work.
    if (options.format === 'json') found = recognize(page.document, outcome);
  } catch (error) {
    // extractArticle catches its own errors; this is only a guard.
    outcome = { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    closePage(page);
  }
  const done = performance.now();
  const timings = {
    totalMs: round(done - started), loadMs: round(loaded - started),
    extractMs: round(Math.max(extracted, loaded) - loaded), entitiesMs: round(done - Math.max(extracted, loaded)),
  };

  if (options.format === 'json') {
    write(JSON.stringify(toJson(file, url, isArticle, outcome, found, timings)));
    return;
  }
  if (!outcome.ok) {
    process.stderr.write(`${file}: ${outcome.reason}: ${outcome.message}\n`);
    return;
  }
  const body = options.format === 'text' ? outcome.article.text
    : options.format === 'html' ? outcome.article.html
      : htmlToMarkdown(outcome.article.html, markdownParser());
  const header = count > 1 ? `${index > 0 ? '\n' : ''}==> ${file} <==\n` : '';
  write(header + body);
}

/** A page refused before it was parsed: its line, as any page without an article. */
function emit(file: string, url: string, options: CliOptions, outcome: ExtractOutcome, started: number): void {
  const ms = round(performance.now() - started);
  if (options.format === 'json') write(JSON.stringify(toJson(file, url, false, outcome, { entities: [] }, { totalMs: ms, loadMs: ms, extractMs: 0, entitiesMs: 0 })));
  else if (!outcome.ok) process.stderr.write(`${file}: ${outcome.reason}: ${outcome.message}\n`);
}

function report(line: ErrorLine, options: CliOptions): void {
  if (options.format === 'json') write(JSON.stringify(line));
  else process.stderr.write(`${line.file}: error: ${line.error}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`extract: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = expandInputs(options.inputs);
  for (const [i, file] of files.entries()) {
    processFile(file, options, i, files.length);
    // Without this, closed documents stay in memory until the loop ends (see yieldToEventLoop).
    await yieldToEventLoop();
  }
  return 0;
}

// A closed pipe (e.g. `| head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
