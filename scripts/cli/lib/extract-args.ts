// The options of scripts/cli/extract.ts (read by the shared parser, scripts/lib/args.ts), kept apart so
// that tests can call them directly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HelpRequested, readArgs, UsageError } from '../../lib/args';

export { UsageError };

export const FORMATS = ['json', 'text', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  url?: string;
  help: boolean;
  inputs: string[];
}

export const USAGE = `Usage: npm run -s extract -- [--format json|text|markdown|html] [--url URL] FILE|DIR...

Runs Sift Reader's extraction (src/core extractArticle) under jsdom on saved HTML pages.
  --format json       one JSON object per line per file (default):
                      {file, url, isArticle, title, byline, siteName, publishedTime, lang, dir,
                       excerpt, text, html, removed, entities, timings}; a file that fails gives
                      {file, error}. entities: [{text, type, mentions, salience}], every person,
                      organization and place of the article, by salience (highest first)
  --format text       the article body as plain text
  --format markdown   the article body as Markdown
  --format html       the article body's HTML (unsanitized)
  --url URL           the page URL (default: the file's file:// URL); applies to every file
  DIR                 every *.html / *.htm file directly in DIR, in name order
  -h, --help          this text
Use "npm run -s" (or npx tsx scripts/cli/extract.ts) to keep npm's banner out of the output.`;

const OPTIONS = { format: { type: 'string' }, url: { type: 'string' } } as const;

/** Parses argv (without node and script). Throws UsageError for unknown flags, bad values, no inputs. */
export function parseArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = readArgs(argv, OPTIONS, { positionals: true });
  } catch (error) {
    if (error instanceof HelpRequested) return { format: 'json', help: true, inputs: [] };
    throw error;
  }
  const { values, positionals } = parsed;
  const options: CliOptions = { format: 'json', help: false, inputs: positionals };
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`bad format "${values.format}": use one of ${FORMATS.join(', ')}`);
    options.format = values.format as Format;
  }
  if (values.url !== undefined) {
    try {
      options.url = new URL(values.url).href;
    } catch {
      throw new UsageError(`--url is not an absolute URL: ${values.url}`);
    }
  }
  if (options.inputs.length === 0) throw new UsageError('no input files');
  return options;
}

/**
 * Expands directory arguments to their *.html/*.htm files (sorted, not recursive). Anything else,
 * including paths that do not exist, is passed through so that the run reports it on its own line.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const names = readdirSync(input).filter((name) => /\.html?$/i.test(name)).sort();
    files.push(...names.map((name) => join(input, name)));
  }
  return files;
}
