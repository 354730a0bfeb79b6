// The labelled pages of `bench:detect`: the fixture pages (index.json's `article` flag; every fixture
// article is a news story) and the Scrapinghub corpus (every page an article, news or not unknown). Read in
// place, never copied; a missing directory ends the run with exit code 2 and says what it looked for.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from './bench-util';

export interface LabelledPage {
  set: 'fixtures' | 'corpus';
  /** File name (fixtures) or corpus id. */
  name: string;
  path: string;
  url: string;
  article: boolean;
  /** True or false where the label is known (fixtures); null on the corpus. */
  news: boolean | null;
}

function fail(message: string): never {
  process.stderr.write(`bench:detect: ${message}\n`);
  process.exit(2);
}

function requireDir(dir: string, need: string, flag: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir} is missing: pass the directory with ${flag} DIR`);
  if (!existsSync(join(dir, need))) fail(`${join(dir, need)} is missing: ${flag} must name a directory with ${need}`);
}

export function fixturePages(dir: string): LabelledPage[] {
  requireDir(dir, 'index.json', '--pages');
  let index: { file: string; url: string; article: boolean }[];
  try {
    index = readJson(join(dir, 'index.json'));
  } catch (error) {
    fail(`cannot read ${join(dir, 'index.json')}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return index.map((e) => ({ set: 'fixtures', name: e.file, path: join(dir, e.file), url: e.url, article: e.article === true, news: e.article === true }));
}

export function corpusPages(dir: string, limit?: number): LabelledPage[] {
  requireDir(dir, 'ground-truth.json', '--corpus');
  requireDir(dir, 'html', '--corpus');
  let truth: Record<string, { url?: string }>;
  try {
    truth = readJson(join(dir, 'ground-truth.json'));
  } catch (error) {
    fail(`cannot read ${join(dir, 'ground-truth.json')}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Object.keys(truth).sort().slice(0, limit).map((id) => ({
    set: 'corpus', name: id, path: join(dir, 'html', `${id}.html`), url: truth[id]?.url ?? 'https://example.invalid/', article: true, news: null,
  }));
}

export interface Rates {
  /** Pages predicted positive, labelled positive, and both. */
  predicted: number;
  actual: number;
  hits: number;
  precision: number;
  recall: number;
}

/** Precision and recall of `predict` against `label` over the pages where the label is known. */
export function rates<T>(items: readonly T[], label: (item: T) => boolean | null, predict: (item: T) => boolean): Rates {
  let predicted = 0;
  let actual = 0;
  let hits = 0;
  for (const item of items) {
    const truth = label(item);
    if (truth === null) continue;
    const guess = predict(item);
    if (guess) predicted++;
    if (truth) actual++;
    if (guess && truth) hits++;
  }
  // No prediction at all is vacuously precise; no positive label is vacuously recalled.
  return { predicted, actual, hits, precision: predicted ? hits / predicted : 1, recall: actual ? hits / actual : 1 };
}
