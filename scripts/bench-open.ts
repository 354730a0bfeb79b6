// Toolbar click to painted reading view, in headless Chromium with the built extension.
//
//   npm run -s bench:open -- [--runs 5] [--pages seed.html,...] [--dist dist/chrome] [--verbose]
//
// Build first (npm run -s build:chrome): the script uses dist/chrome as it is and says so when it
// is missing or older than the sources. Every page of test/fixtures/pages/index.json is opened in a
// fresh tab and the toolbar button is clicked with a real click (CDP Extensions.triggerAction on the
// page's tab target, as in test/e2e). Run 1 on a page is its first click in that tab ("cold": the
// background injects the content script on demand, which then imports the extraction chunk); runs
// 2..N click again in the same tab after the view was closed ("warm"). Every run counts in the
// median and p95; cold and warm are also reported apart, and so are article and non-article pages.
//
// A run is timed from just before Extensions.triggerAction is sent (in Node) to
//   - when a view opens: the first frame that shows the article. An init script in reader.html (the
//     extension page in the overlay's iframe, reached as Playwright reaches any out-of-process frame)
//     marks the article title with an `elementtiming` attribute as soon as it is inserted; the
//     Element Timing entry's renderTime is the presentation time of the first frame that painted it.
//     (Without an entry, the end of that frame's paint step is used: requestAnimationFrame, then a
//     message; such runs are counted in `elementTimingMissing`.) The frame reports through a
//     Playwright binding: nothing polls it while it loads.
//   - when no view opens (most non-article pages: the outcome is the toolbar's "!" badge and its
//     tooltip): the moment the badge for that outcome is set, i.e. when the service worker's
//     action.setBadgeText call made after the tab answered the toggle completes.
// Some non-article fixtures do give a view (the page holds enough prose to read); those runs are
// timed to the painted view, and the per-outcome lines keep the two kinds apart.
// Clocks: Node, the page, the service worker and the reader frame all give performance.timeOrigin +
// performance.now() (wall clock origin, monotonic after), so their times are compared directly; the
// reader frame's Date.now() is checked against it (clockSkew, well under a millisecond).
// The split of a run (where the time goes) comes from the same instrumentation: the service worker's
// calls (injection, messages to the tab, badge) are wrapped, the page notes when the overlay element
// is inserted, the reader frame notes its navigation start, DOMContentLoaded, the article request and
// answer, the insertion and the paint. Entity recognition starts after the paint and is not timed.
// Playwright attaches to every new frame and resumes it after installing the init script: a few ms
// per run that a user does not pay. The machine's other work shows directly in the times (the script
// prints how busy the CPU was just before it started). Last line: one JSON object.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { chromePath, fixtures, openPage, serveFixtures, waitForNoReader, type Browser } from '../test/e2e/harness';
import { median, percentile, r2 } from './lib/bench-util';

const TARGET_P95_MS = 150;
const RUN_TIMEOUT_MS = 10_000;

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 5));
const dist = resolve(option('--dist') ?? 'dist/chrome');
const only = option('--pages')?.split(',');
const verbose = args.includes('--verbose');
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: npm run -s bench:open -- [--runs N (5)] [--pages a.html,b.html] [--dist DIR (dist/chrome)] [--verbose]');
  process.exit(0);
}

/** Warns when the build is older than what it is built from. */
function warnIfStale(dir: string): void {
  const built = statSync(join(dir, 'manifest.json')).mtimeMs;
  const sources = ['manifest.json', 'reader.html', 'vite.config.ts',
    ...readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => join('src', f))];
  const newer = sources.filter((f) => existsSync(f) && statSync(f).isFile() && statSync(f).mtimeMs > built);
  if (newer.length) console.log(`note: ${dir} is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(', ')}…): npm run -s build:chrome`);
}

// ---- instrumentation, run in the browser (serialized by Playwright: self-contained) ----

interface FrameRecord {
  origin: number;
  askedAt?: number;
  answeredAt?: number;
  insertedAt?: number;
  insertedDate?: number;
  frameAt?: number;
  paintedAt?: number;
  outcome?: 'article' | 'message';
  shellPaintAt?: number;
  domContentLoadedAt?: number;
}

interface PageRecord { overlayAt?: number }

/** Runs in every document of the context, in its main world, before the document's own scripts. */
function instrument(): void {
  const now = () => performance.timeOrigin + performance.now();
  const w = window as unknown as { __siftBench?: FrameRecord | PageRecord };
  if (location.protocol === 'chrome-extension:' && location.pathname === '/reader.html') {
    const rec: FrameRecord = { origin: performance.timeOrigin };
    w.__siftBench = rec;
    // The article's request goes out through runtime.sendMessage (callback or promise style).
    const runtime = chrome.runtime as unknown as { sendMessage(...a: unknown[]): unknown };
    const send = runtime.sendMessage;
    runtime.sendMessage = function sendMessage(this: unknown, ...a: unknown[]) {
      if ((a[0] as { type?: string } | undefined)?.type !== 'reader/get-article') return send.apply(this, a);
      rec.askedAt = now();
      const last = a[a.length - 1];
      if (typeof last === 'function') {
        a[a.length - 1] = (...r: unknown[]) => { rec.answeredAt = now(); return (last as (...x: unknown[]) => unknown)(...r); };
        return send.apply(this, a);
      }
      const result = send.apply(this, a) as Promise<unknown> | undefined;
      result?.then(() => { rec.answeredAt = now(); }, () => { rec.answeredAt = now(); });
      return result;
    };
    document.addEventListener('DOMContentLoaded', () => { rec.domContentLoadedAt = now(); }, { once: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') rec.shellPaintAt = performance.timeOrigin + e.startTime;
    }).observe({ type: 'paint', buffered: true });
    // Told to Node through a binding once the paint is known: nothing polls this frame while it works.
    const report = () => (window as unknown as { __siftBenchReport?: (r: FrameRecord) => void }).__siftBenchReport?.(rec);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
        if (e.identifier === 'sift-bench' && rec.paintedAt === undefined) {
          rec.paintedAt = performance.timeOrigin + (e.renderTime || e.startTime);
          report();
        }
      }
    }).observe({ type: 'element', buffered: true });
    const observer = new MutationObserver(() => {
      const title = document.querySelector('.reader-title');
      const message = document.querySelector('.reader-message p');
      const shown = title ?? (message && !/^Loading/.test(message.textContent ?? '') ? message : null);
      if (!shown) return;
      observer.disconnect();
      rec.insertedAt = now();
      rec.insertedDate = Date.now();
      rec.outcome = title ? 'article' : 'message';
      shown.setAttribute('elementtiming', 'sift-bench');
      // Fallback: the frame that renders the insertion runs its paint step right after this callback.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          rec.frameAt = now();
          setTimeout(() => { if (rec.paintedAt === undefined) report(); }, 1_000);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  } else if (location.protocol.startsWith('http') && window === window.top) {
    const rec: PageRecord = {};
    w.__siftBench = rec;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) if (node.nodeName === 'SIFT-READER-OVERLAY' && rec.overlayAt === undefined) rec.overlayAt = now();
      }
    }).observe(document, { childList: true, subtree: true });
  }
}

interface WorkerCall { what: string; tabId?: number; at: number; doneAt?: number }
interface WorkerRecord { clickedAt: number[]; calls: WorkerCall[] }

/**
 * In the service worker: when the click arrives, and when the background injects the content
 * script, messages the tab and sets the tab's badge (the extension's code looks these functions up
 * when it calls them, so wrapping them here times its own calls).
 */
function instrumentWorker(): void {
  const g = globalThis as unknown as { __siftBench?: WorkerRecord };
  if (g.__siftBench) return;
  const rec: WorkerRecord = { clickedAt: [], calls: [] };
  g.__siftBench = rec;
  const now = () => performance.timeOrigin + performance.now();
  const timed = (api: object, name: string, describe: (args: unknown[]) => Omit<WorkerCall, 'at'>) => {
    const target = api as Record<string, (...a: unknown[]) => unknown>;
    const original = target[name]!;
    target[name] = function wrapped(this: unknown, ...a: unknown[]) {
      const call: WorkerCall = { ...describe(a), at: now() };
      rec.calls.push(call);
      const done = () => { call.doneAt = now(); };
      const last = a[a.length - 1];
      if (typeof last === 'function') {
        a[a.length - 1] = (...r: unknown[]) => { done(); return (last as (...x: unknown[]) => unknown)(...r); };
        return original.apply(this, a);
      }
      const result = original.apply(this, a) as Promise<unknown> | undefined;
      result?.then(done, done);
      return result;
    };
  };
  timed(chrome.scripting, 'executeScript', () => ({ what: 'inject' }));
  timed(chrome.tabs, 'sendMessage', (a) => ({ what: String((a[1] as { type?: string } | undefined)?.type), tabId: a[0] as number }));
  timed(chrome.action, 'setBadgeText', (a) => {
    const details = a[0] as { tabId?: number; text?: string };
    return { what: `badge:${details.text ?? ''}`, tabId: details.tabId };
  });
  chrome.action.onClicked.addListener(() => { rec.clickedAt.push(now()); });
}

// ---- Node side ----

// tsx compiles named functions with a `__name` helper that the browser lacks: give the source one.
const inBrowser = (fn: () => void) => `(() => { const __name = (f) => f; (${fn.toString()})(); })()`;

async function launchWith(dir: string): Promise<Browser> {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no built extension: run \`npm run -s build:chrome\` first (or pass --dist DIR)`);
  }
  if (dir === resolve('dist/chrome')) warnIfStale(dir);
  const profile = mkdtempSync(join(tmpdir(), 'sift-bench-open-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const deadline = Date.now() + 10_000;
  while (!(await worker.evaluate(() => chrome.action.onClicked.hasListeners()))) {
    if (Date.now() > deadline) throw new Error('the extension never listened for toolbar clicks');
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    context,
    extensionId: new URL(worker.url()).host,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The share of all cores' time spent busy over the next `ms` (other work skews the timings). */
async function cpuBusy(ms: number): Promise<number> {
  const total = () => cpus().reduce((acc, c) => {
    const t = c.times;
    return { idle: acc.idle + t.idle, all: acc.all + t.user + t.nice + t.sys + t.idle + t.irq };
  }, { idle: 0, all: 0 });
  const a = total();
  await sleep(ms);
  const b = total();
  return b.all > a.all ? 1 - (b.idle - a.idle) / (b.all - a.all) : 0;
}

const nowMs = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tabTarget(cdp: CDPSession, page: Page): Promise<string> {
  type Info = { targetId: string; type: string; url: string };
  const deadline = Date.now() + 2_000;
  for (;;) {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as { targetInfos: Info[] };
    const matching = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
    if (matching.length === 1 || (matching.length > 1 && Date.now() > deadline)) return matching[matching.length - 1]!.targetId;
    if (Date.now() > deadline) throw new Error(`no tab target for ${page.url()}`);
    await sleep(50);
  }
}

async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

interface Run {
  page: string;
  article: boolean;
  run: number;
  outcome: string;
  ms: number;
  fallback: boolean;
  split?: Record<string, number>;
}

/** The badge the toggle's outcome put on the tab: the first one set after the toggle was answered. */
function outcomeBadge({ calls }: WorkerRecord, tabId: number): WorkerCall | undefined {
  const answered = calls.find((c) => c.what === 'content/toggle')?.doneAt;
  if (answered === undefined) return undefined;
  return calls.find((c) => c.what.startsWith('badge:') && c.tabId === tabId && c.at >= answered && c.doneAt !== undefined);
}

const readerFrameOf = (page: Page): Frame | undefined => page.frames().find((f) => f.url().includes('/reader.html'));

/** Reports from reader frames, through the `__siftBenchReport` binding. */
let frameReports: FrameRecord[] = [];

async function oneRun(b: Browser, cdp: CDPSession, page: Page, target: string, tabId: number): Promise<Omit<Run, 'page' | 'article' | 'run'>> {
  await b.worker.evaluate(inBrowser(instrumentWorker));
  await b.worker.evaluate(() => {
    const rec = (globalThis as unknown as { __siftBench: WorkerRecord }).__siftBench;
    rec.clickedAt = [];
    rec.calls = [];
  });
  await page.evaluate(() => { const r = (window as unknown as { __siftBench?: PageRecord }).__siftBench; if (r) delete r.overlayAt; });
  frameReports = [];

  const t0 = nowMs();
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: target } as never);

  // Nothing is asked of the reader frame while it loads: it reports by itself. Only while no view
  // frame is there is the worker asked, every 20 ms, whether the toolbar has shown an outcome.
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  const record = () => b.worker.evaluate(() => (globalThis as unknown as { __siftBench: WorkerRecord }).__siftBench);
  let badge: WorkerCall | undefined;
  while (Date.now() < deadline && !frameReports.length) {
    await sleep(20);
    if (readerFrameOf(page)) continue;
    badge = outcomeBadge(await record(), tabId);
    if (badge && badge.what !== 'badge:ON') break;
  }
  const frame = frameReports[0];
  const { clickedAt: [worker], calls } = await record();
  badge = outcomeBadge({ clickedAt: [], calls }, tabId);
  const injected = calls.find((c) => c.what === 'inject');
  const toggle = calls.find((c) => c.what === 'content/toggle');
  // Worker-side split: the click to the toggle message (pings, and on a first click the injection
  // and the wait for the injected script to answer), and the toggle's round trip (extraction included).
  const background = {
    inject: injected?.doneAt !== undefined ? injected.doneAt - injected.at : 0,
    clickToToggle: toggle && worker !== undefined ? toggle.at - worker : NaN,
    toggle: toggle?.doneAt !== undefined ? toggle.doneAt - toggle.at : NaN,
  };
  const overlayAt = await page.evaluate(() => (window as unknown as { __siftBench?: PageRecord }).__siftBench?.overlayAt);

  if (frame?.outcome) {
    const end = frame.paintedAt ?? frame.frameAt!;
    const d = (a?: number, z?: number) => (a === undefined || z === undefined ? NaN : z - a);
    return {
      outcome: frame.outcome === 'article' ? 'view' : 'view-message',
      ms: end - t0,
      fallback: frame.paintedAt === undefined,
      split: {
        clickToWorker: d(t0, worker),
        ...background,
        workerToOverlay: d(worker, overlayAt),
        overlayToFrameStart: d(overlayAt, frame.origin),
        frameStartToDomReady: d(frame.origin, frame.domContentLoadedAt),
        domReadyToAsk: d(frame.domContentLoadedAt, frame.askedAt),
        askToAnswer: d(frame.askedAt, frame.answeredAt),
        answerToInserted: d(frame.answeredAt, frame.insertedAt),
        insertedToPainted: d(frame.insertedAt, end),
        clickToLoadingPaint: d(t0, frame.shellPaintAt),
        clockSkew: frame.insertedDate !== undefined && frame.insertedAt !== undefined ? frame.insertedDate - frame.insertedAt : NaN,
      },
    };
  }
  if (badge?.doneAt === undefined) throw new Error(`${page.url()}: no outcome within ${RUN_TIMEOUT_MS} ms`);
  const state = await b.worker.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { state?: string } | undefined)?.state ?? 'idle', `tab-status:${tabId}`);
  return { outcome: state, ms: badge.doneAt - t0, fallback: false, split: { clickToWorker: (worker ?? NaN) - t0, ...background } };
}

async function closeView(b: Browser, cdp: CDPSession, page: Page, target: string): Promise<void> {
  if (!readerFrameOf(page)) return;
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: target } as never);
  await waitForNoReader(page);
  await page.waitForFunction(() => !document.documentElement.getAttribute('style')?.includes('overflow'), null, { timeout: 5_000 }).catch(() => undefined);
}

function stats(values: number[]) {
  return { runs: values.length, medianMs: r2(median(values)), p95Ms: r2(percentile(values, 95)), maxMs: r2(Math.max(0, ...values)) };
}

async function main(): Promise<void> {
  const pages = fixtures().filter((f) => !only || only.includes(f.file));
  const busyBefore = await cpuBusy(1_000);
  if (!pages.length) throw new Error('no fixture pages selected');
  const served = await serveFixtures();
  const b = await launchWith(dist);
  const all: Run[] = [];
  const version = b.context.browser()?.version() ?? '';
  try {
    await b.context.exposeBinding('__siftBenchReport', ({ frame }, record: FrameRecord) => {
      if (frame.url().includes('/reader.html')) frameReports.push(record);
    });
    await b.context.addInitScript({ content: inBrowser(instrument) });
    const cdp = await b.context.browser()!.newBrowserCDPSession();
    for (const fixture of pages) {
      const page = await openPage(b, `${served.origin}/pages/${fixture.file}`);
      const target = await tabTarget(cdp, page);
      const tabId = await tabIdOf(b.worker, page);
      for (let run = 1; run <= runs; run++) {
        await sleep(100); // let the previous run's work (entity recognition, closing) settle
        const result = await oneRun(b, cdp, page, target, tabId);
        all.push({ page: fixture.file, article: fixture.article, run, ...result });
        if (verbose) console.log(fixture.file, run, result.outcome, r2(result.ms), JSON.stringify(result.split));
        await closeView(b, cdp, page, target);
      }
      await page.close();
      const mine = all.filter((r) => r.page === fixture.file);
      const warm = mine.filter((r) => r.run > 1).map((r) => r.ms);
      console.log(`${fixture.file.padEnd(38)} ${fixture.article ? 'article    ' : 'non-article'} ${mine[0]!.outcome.padEnd(11)} cold ${r2(mine[0]!.ms).toFixed(1).padStart(6)} ms   warm median ${warm.length ? `${r2(median(warm)).toFixed(1).padStart(6)} ms` : '     –'}`);
    }
    await cdp.detach();
  } finally {
    await b.close();
    served.server.close();
  }

  const group = (runsOf: Run[]) => ({
    pages: new Set(runsOf.map((r) => r.page)).size,
    ...stats(runsOf.map((r) => r.ms)),
    cold: stats(runsOf.filter((r) => r.run === 1).map((r) => r.ms)),
    warm: stats(runsOf.filter((r) => r.run > 1).map((r) => r.ms)),
    outcomes: Object.fromEntries([...new Set(runsOf.map((r) => r.outcome))].map((o) => [o, runsOf.filter((r) => r.outcome === o).length])),
  });
  const splitOf = (runsOf: Run[]) => Object.fromEntries(Object.keys(runsOf[0]?.split ?? {}).map((k) => [
    k, r2(median(runsOf.map((r) => r.split?.[k] ?? NaN).filter((x) => !Number.isNaN(x)))),
  ]));
  const views = all.filter((r) => r.outcome === 'view');
  const toolbarOnly = all.filter((r) => r.outcome !== 'view');
  const result = {
    runsPerPage: runs,
    ...stats(all.map((r) => r.ms)),
    targetP95Ms: TARGET_P95_MS,
    targetMet: percentile(all.map((r) => r.ms), 95) <= TARGET_P95_MS,
    firstClickMs: r2(all[0]?.ms ?? 0),
    articles: group(all.filter((r) => r.article)),
    nonArticles: group(all.filter((r) => !r.article)),
    viewOpened: group(views),
    toolbarOnly: group(toolbarOnly),
    splitMedianMs: {
      viewCold: splitOf(views.filter((r) => r.run === 1)),
      viewWarm: splitOf(views.filter((r) => r.run > 1)),
      toolbarOnlyCold: splitOf(toolbarOnly.filter((r) => r.run === 1)),
      toolbarOnlyWarm: splitOf(toolbarOnly.filter((r) => r.run > 1)),
    },
    elementTimingMissing: all.filter((r) => r.fallback).length,
    cpuBusyBefore: r2(busyBefore),
    browser: version,
  };

  const line = (name: string, g: ReturnType<typeof group>) => console.log(`${name.padEnd(34)} ${String(g.runs).padStart(3)} runs: median ${g.medianMs} ms, p95 ${g.p95Ms} ms   `
    + `cold ${g.cold.medianMs}/${g.cold.p95Ms}, warm ${g.warm.medianMs}/${g.warm.p95Ms} (median/p95)   ${JSON.stringify(g.outcomes)}`);
  const splitLine = (name: string, split: Record<string, number>) => {
    if (Object.keys(split).length) console.log(`  ${name.padEnd(17)} ${Object.entries(split).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  };
  console.log(`\nclick → painted, headless Chromium ${version}, ${pages.length} pages × ${runs} runs (run 1: first click in a fresh tab)`);
  line('article pages', result.articles);
  line('non-article pages', result.nonArticles);
  line('  runs that opened the view', result.viewOpened);
  line('  runs with a toolbar outcome only', result.toolbarOnly);
  console.log(`all runs: median ${result.medianMs} ms, p95 ${result.p95Ms} ms; target p95 ≤ ${TARGET_P95_MS} ms: ${result.targetMet ? 'met' : 'NOT met'}; `
    + `first click of the session ${result.firstClickMs} ms (${all[0]?.page})`);
  console.log('where the time goes (median ms):');
  splitLine('view, cold', result.splitMedianMs.viewCold);
  splitLine('view, warm', result.splitMedianMs.viewWarm);
  splitLine('toolbar, cold', result.splitMedianMs.toolbarOnlyCold);
  splitLine('toolbar, warm', result.splitMedianMs.toolbarOnlyWarm);
  if (result.elementTimingMissing) console.log(`${result.elementTimingMissing} runs had no Element Timing entry: timed after the paint step of the frame that rendered the article instead`);
  console.log(`CPU busy in the second before the run: ${Math.round(busyBefore * 100)}% of ${cpus().length} cores${busyBefore > 0.15 ? ' (other work was running: times are inflated)' : ''}`);
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
