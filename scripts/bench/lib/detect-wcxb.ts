// `bench:detect -- --wcxb DIR`: the classifier on WCXB's labelled page types (lib/wcxb.ts), each page with
// its real address, beside @mozilla/readability's isProbablyReaderable in the same run. Per page type: how
// many pages were called news, article and none, and the share called an article (either of the first
// two), also on the pages of even and of odd id apart (a tuning half and a checking half); then the pages
// it gets wrong (an article called none, any other type called an article; forum and documentation pages
// are listed apart, as judgement calls) and one JSON line of figures.
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectPage, type PageKind } from '../../../src/core/detect';
import { f3, median, pad, percentile, r4 } from './bench-util';
import { closePage, decodeHtml, domFromText, yieldToEventLoop } from '../../lib/load-html';
import { MissingCorpus, PAGE_TYPES, wcxbBytes, wcxbPages, type PageType, type WcxbPage } from './wcxb';

interface Outcome {
  page: WcxbPage;
  kind: PageKind;
  score: number;
  reasons: string[];
  readerable: boolean;
  ms: number;
  error?: string;
}

function classify(page: WcxbPage): Outcome {
  const failed = (error: string): Outcome => ({ page, kind: 'none', score: 0, reasons: [], readerable: false, ms: 0, error });
  let text: string;
  try {
    text = decodeHtml(wcxbBytes(page)).text;
  } catch (error) {
    return failed(`cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const loaded = domFromText(text, page.url);
  if (!loaded.ok) return failed(loaded.error);
  try {
    const t0 = performance.now();
    const detection = detectPage(loaded.document, page.url);
    const ms = performance.now() - t0;
    return { page, ...detection, readerable: isProbablyReaderable(loaded.document), ms };
  } catch (error) {
    return failed(`detection threw: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    closePage(loaded);
  }
}

// Where a verdict is wrong: articles must be called articles; product, collection, listing and service
// pages must not. Forum threads and documentation pages are readable either way (see src/core/detect).
const JUDGED: readonly PageType[] = ['forum', 'documentation'];
const wrongFor = (o: Outcome) => (o.page.type === 'article' ? o.kind === 'none' : o.kind !== 'none');

/** The first `limit` pages taken in turn from each type (by id), so that a short run still covers every type. */
function sample(pages: WcxbPage[], limit?: number): WcxbPage[] {
  if (limit === undefined || limit >= pages.length) return pages;
  const queues = PAGE_TYPES.map((type) => pages.filter((p) => p.type === type));
  const picked: WcxbPage[] = [];
  for (let i = 0; picked.length < limit; i++) for (const q of queues) if (q[i] && picked.length < limit) picked.push(q[i]!);
  return picked.sort((a, b) => a.id.localeCompare(b.id));
}

export async function benchWcxb(dir: string, limit?: number): Promise<void> {
  let pages: WcxbPage[];
  try {
    pages = wcxbPages(dir);
  } catch (error) {
    if (!(error instanceof MissingCorpus)) throw error;
    process.stderr.write(`bench:detect: ${error.message}\n`);
    process.exit(2);
  }
  pages = sample(pages, limit);
  const outcomes: Outcome[] = [];
  for (const [n, page] of pages.entries()) {
    outcomes.push(classify(page));
    await yieldToEventLoop(); // lets jsdom's closed documents be collected (see load-html.ts)
    if ((n + 1) % 200 === 0) process.stderr.write(`  ${n + 1}/${pages.length} pages\n`);
  }
  const perType = PAGE_TYPES.map((type) => {
    const of = outcomes.filter((o) => o.page.type === type);
    const counts = { news: 0, article: 0, none: 0 };
    for (const o of of) counts[o.kind]++;
    const called = of.length ? (counts.news + counts.article) / of.length : 0;
    const readerable = of.length ? of.filter((o) => o.readerable).length / of.length : 0;
    return { type, pages: of.length, ...counts, calledArticle: r4(called), readerable: r4(readerable) };
  });
  // Precision and recall of "article" over every page, forum and documentation pages counted as non-articles.
  const pr = (predict: (o: Outcome) => boolean) => {
    const predicted = outcomes.filter(predict);
    const hits = predicted.filter((o) => o.page.type === 'article').length;
    const actual = outcomes.filter((o) => o.page.type === 'article').length;
    return { precision: r4(predicted.length ? hits / predicted.length : 1), recall: r4(actual ? hits / actual : 1) };
  };
  const ours = pr((o) => o.kind !== 'none');
  const theirs = pr((o) => o.readerable);
  console.log(`Page classification on WCXB: ${outcomes.length} pages (${dir}), each with its real address`);
  console.log('');
  console.log(`${pad('type', 15)}${['pages', 'news', 'article', 'none', 'article%', 'readerable%'].map((h) => h.padStart(12)).join('')}`);
  for (const t of perType) {
    const cells = [t.pages, t.news, t.article, t.none, f3(t.calledArticle), f3(t.readerable)];
    console.log(`${pad(t.type + (JUDGED.includes(t.type) ? ' *' : ''), 15)}${cells.map((c) => String(c).padStart(12)).join('')}`);
  }
  console.log('* judgement call: a thread or a tutorial may be read either way');
  // The same shares on the pages of even and of odd id: a rule tuned on one half should hold on the other.
  for (const [half, parity] of [['even', 0], ['odd', 1]] as const) {
    const shares = PAGE_TYPES.map((type) => {
      const of = outcomes.filter((o) => o.page.type === type && Number.parseInt(o.page.id, 10) % 2 === parity);
      return `${type} ${of.length ? f3(of.filter((o) => o.kind !== 'none').length / of.length) : '-'}`;
    });
    console.log(`article% on ${half} ids: ${shares.join(', ')}`);
  }
  console.log(`article over all pages: detectPage P ${f3(ours.precision)} R ${f3(ours.recall)}; isProbablyReaderable P ${f3(theirs.precision)} R ${f3(theirs.recall)}`);
  const wrong = outcomes.filter(wrongFor);
  const errors = outcomes.filter((o) => o.error);
  for (const judged of [false, true]) {
    const list = wrong.filter((o) => JUDGED.includes(o.page.type) === judged);
    console.log('');
    console.log(`${judged ? 'Forum and documentation pages called articles' : 'Wrong'} (${list.length}):`);
    for (const o of list) console.log(`  ${pad(o.page.type, 14)} ${pad(o.kind, 8)} ${String(o.score).padStart(5)}  ${o.error ?? o.reasons.join(' ')}  ${o.page.url}`);
  }
  for (const o of errors) console.log(`  error: ${o.page.htmlPath}: ${o.error}`);
  const ms = outcomes.filter((o) => !o.error).map((o) => o.ms);
  console.log('');
  console.log(`ms per page under jsdom: detectPage median ${f3(median(ms))}, p95 ${f3(percentile(ms, 95))}`);
  console.log(JSON.stringify({
    mode: 'wcxb', pages: outcomes.length, types: perType, article: ours, readerable: theirs, errors: errors.length,
    wrong: wrong.filter((o) => !JUDGED.includes(o.page.type)).length, ms: { median: r4(median(ms)), p95: r4(percentile(ms, 95)) },
  }));
}
