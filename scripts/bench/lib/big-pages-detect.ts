// `bench:detect -- --browser --big`: the classifier on the generated big pages of issue 18 (100,000
// elements, 20 MB of HTML, 10,000 images, a 50,000-cell table, a 2 MB paragraph, 5,000 levels of
// nesting), in headless Chromium as the content script runs it on a page load. The always-on classifier
// may take at most 50 ms on the 100,000-element page and never block a page for longer than that.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as big from '../../../test/unit/helpers/big-pages';
import type { LabelledPage } from './detect-pages';

const PAGES: Array<[string, () => string]> = [
  ['100000-elements', () => big.manyElements(100_000)],
  ['20-mb-html', () => big.hugeHtml(20_000_000)],
  ['10000-images', () => big.manyImages(10_000)],
  ['50000-cell-table', () => big.bigTable(50_000)],
  ['2-mb-paragraph', () => big.longParagraph(2_000_000)],
  ['5000-deep', () => big.deepHtml(5000)],
];

/** Writes the big pages to a temporary directory; gives them as labelled pages and the directory's removal. */
export function bigPages(): { pages: LabelledPage[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sift-big-'));
  const pages = PAGES.map(([name, make]): LabelledPage => {
    const path = join(dir, `${name}.html`);
    writeFileSync(path, make());
    // A dated story address: the URL counts for an article, so only the page's size can say no.
    return { set: 'fixtures', name, path, url: `https://news.example/2024/05/14/${name}`, article: true, news: true };
  });
  return { pages, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
