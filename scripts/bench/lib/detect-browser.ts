// `bench:detect --browser`: the detector as the content script ships it (src/core/detect bundled and
// minified by the extension's bundler), run in headless Debian Chromium on every labelled page. Each page
// is served from one https origin through page.route, its executable scripts stripped (JSON-LD kept), as
// cross-origin isolated so that performance.now() has microsecond resolution; every other request is
// aborted, so nothing reaches the network. Per page: the first call (fresh script, as on a real page
// load: V8 compiles its functions on that first call), then --rounds calls, each on a fresh copy of the
// document (a browser caches tag-name lists per document, so repeating on one document would measure the
// cache); the per-page figure is the median of those. Last line: one JSON object.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rolldown } from 'rolldown';
import { EAGER_COMPILE_HINT } from '../../build/compile-hint';
import { f3, median, percentile, r4 } from './bench-util';
import { rates, type LabelledPage } from './detect-pages';
import { decodeHtml, readBytes } from '../../lib/load-html';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ORIGIN = 'https://detect-bench.invalid';

/**
 * The detector bundled by rolldown (the bundler under the extension's vite build) and minified with
 * comments dropped: as an ES module for its size inside the content script, as a script defining
 * `SiftDetect` to run in the page.
 */
export async function bundleDetector(format: 'esm' | 'iife'): Promise<string> {
  const bundle = await rolldown({ input: resolve('src/core/detect/index.ts'), logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format, name: 'SiftDetect', minify: true, comments: false });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Removes scripts a browser would run (no type, or a JavaScript type), refreshes and CSP; keeps JSON-LD and other data blocks. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?(?:<\/script\s*>|$)/gi, (tag, attrs: string) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
      return !type || /javascript|ecmascript|module|jsx|babel/i.test(type) ? '' : tag;
    })
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?(?:refresh|content-security-policy)[^>]*>/gi, '');
}

interface PageTiming {
  kind: string;
  firstMs: number;
  medianMs: number;
  runs: number[];
  isolated: boolean;
}

export async function benchBrowser(pages: readonly LabelledPage[], rounds: number, { perPage = false } = {}): Promise<void> {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    process.stderr.write(`bench:detect: Chromium not found at ${chrome}: apt-get install -y chromium, or set CHROME_PATH\n`);
    process.exit(2);
  }
  // With V8's compile hint, as the content script ships (vite.config.ts): its functions are compiled
  // as the script loads instead of lazily inside the first detection.
  const code = `${EAGER_COMPILE_HINT}\n${await bundleDetector('iife')}`;
  const esModule = await bundleDetector('esm');
  const gzipBytes = gzipSync(esModule, { level: 9 }).length;
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ARGS });
  const results: { page: LabelledPage; timing?: PageTiming; error?: string }[] = [];
  try {
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    let body = '';
    await page.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        return route.fulfill({
          status: 200, contentType: 'text/html; charset=utf-8', body,
          headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
        });
      }
      return route.abort();
    });
    for (const [n, labelled] of pages.entries()) {
      try {
        const read = readBytes(labelled.path);
        if (!read.ok) throw new Error(read.error);
        body = stripScripts(decodeHtml(read.bytes).text);
        await page.goto(`${ORIGIN}/page/${n}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await page.addScriptTag({ content: code });
        const timing = await page.evaluate(({ url, rounds }) => {
          const api = (globalThis as unknown as { SiftDetect: { detectPage(d: Document, u: string): { kind: string } } }).SiftDetect;
          const start = performance.now();
          const { kind } = api.detectPage(document, url);
          const firstMs = performance.now() - start;
          const runs: number[] = [];
          for (let i = 0; i < rounds; i++) {
            const copy = document.cloneNode(true) as Document;
            const t0 = performance.now();
            api.detectPage(copy, url);
            runs.push(performance.now() - t0);
          }
          const sorted = [...runs].sort((a, b) => a - b);
          return { kind, firstMs, medianMs: sorted[sorted.length >> 1]!, runs, isolated: globalThis.crossOriginIsolated };
        }, { url: labelled.url, rounds });
        results.push({ page: labelled, timing });
      } catch (error) {
        results.push({ page: labelled, error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
      }
      if ((n + 1) % 50 === 0) process.stderr.write(`  ${n + 1}/${pages.length} pages\n`);
    }
    report(browser.version(), esModule, gzipBytes, rounds, results, perPage);
  } finally {
    await browser.close();
  }
}

function report(version: string, code: string, gzipBytes: number, rounds: number, results: { page: LabelledPage; timing?: PageTiming; error?: string }[], perPage: boolean): void {
  const timed = results.filter((r) => r.timing).map((r) => r.timing!);
  const medians = timed.map((t) => t.medianMs);
  const firsts = timed.map((t) => t.firstMs);
  const all = timed.flatMap((t) => t.runs);
  const kindOf = (r: (typeof results)[number]) => r.timing?.kind ?? 'none';
  const article = rates(results, (r) => r.page.article, (r) => kindOf(r) !== 'none');
  const news = rates(results, (r) => r.page.news, (r) => kindOf(r) === 'news');
  const errors = results.filter((r) => r.error);
  console.log(`Chromium ${version}: ${results.length} pages, ${rounds} detections each on fresh copies${timed.every((t) => t.isolated) ? '' : ' (not cross-origin isolated: coarse clock)'}`);
  console.log(`detector module (src/core/detect with its data, minified ES module): ${code.length} bytes, ${gzipBytes} bytes gzip (${f3(gzipBytes / 1024)} KB)`);
  console.log(`ms per page (median of ${rounds}): median ${f3(median(medians))}, p95 ${f3(percentile(medians, 95))}, max ${f3(Math.max(0, ...medians))}; every run: p95 ${f3(percentile(all, 95))}`);
  console.log(`first call per page (script just injected, as on a page load: its functions compiled lazily, cold): median ${f3(median(firsts))}, p95 ${f3(percentile(firsts, 95))}`);
  console.log(`in Chromium: article P ${f3(article.precision)} R ${f3(article.recall)}; news P ${f3(news.precision)} R ${f3(news.recall)} (labelled pages)`);
  for (const r of errors) console.log(`  error: ${r.page.path}: ${r.error}`);
  if (perPage) {
    for (const { page, timing } of results) {
      if (timing) console.log(`  ${page.name}: first call ${f3(timing.firstMs)} ms, median ${f3(timing.medianMs)} ms, longest ${f3(Math.max(timing.firstMs, ...timing.runs))} ms: ${timing.kind}`);
    }
  }
  console.log(JSON.stringify({
    mode: 'browser', browser: version, pages: results.length, rounds, errors: errors.length, bundleBytes: code.length, gzipBytes,
    ms: { median: r4(median(medians)), p95: r4(percentile(medians, 95)), max: r4(Math.max(0, ...medians)), p95AllRuns: r4(percentile(all, 95)) },
    firstCallMs: { median: r4(median(firsts)), p95: r4(percentile(firsts, 95)) },
    article: { precision: r4(article.precision), recall: r4(article.recall) }, news: { precision: r4(news.precision), recall: r4(news.recall) },
  }));
}
