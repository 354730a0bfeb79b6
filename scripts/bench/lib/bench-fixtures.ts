// `bench:extract --fixtures`: scores the labelled article fixtures (test/fixtures/pages/index.json) with the
// corpus's shingle rule and lists what is left to fix per page: missing body paragraphs, clutter strings still
// in the text, extra paragraphs (what costs precision); then the non-article pages we wrongly read as
// articles. The last line of stdout is one JSON object with every figure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/core';
import { f3, pad, r4, readJson } from './bench-util';
import { closePage, loadHtmlFile, yieldToEventLoop } from '../../lib/load-html';
import { scoreCorpus, scorePage, type PageScore } from './shingles';

interface FixtureEntry {
  file: string;
  url: string;
  article: boolean;
  title: string;
  body: string;
  clutter: string[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function benchFixtures(dir: string): Promise<void> {
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
