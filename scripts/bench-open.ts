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
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { fixtures, launch, openPage, serveFixtures, tabIdOf, tabTarget, waitForNoReader, type Browser } from '../test/e2e/harness';
import { median, r2 } from './lib/bench-util';
import { report, type Run } from './lib/open-report';
import { instrument, instrumentWorker, type FrameRecord, type PageRecord, type WorkerCall, type WorkerRecord } from './lib/open-instrument';

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

// ---- Node side ----

// tsx compiles named functions with a `__name` helper that the browser lacks: give the source one.
const inBrowser = (fn: () => void) => `(() => { const __name = (f) => f; (${fn.toString()})(); })()`;

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

async function main(): Promise<void> {
  const pages = fixtures().filter((f) => !only || only.includes(f.file));
  const busyBefore = await cpuBusy(1_000);
  if (!pages.length) throw new Error('no fixture pages selected');
  const served = await serveFixtures();
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no built extension: run \`npm run -s build:chrome\` first (or pass --dist DIR)`);
  if (dist === resolve('dist/chrome')) warnIfStale(dist);
  const b = await launch({ dist });
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
      const tabId = await tabIdOf(b, page);
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

  report(all, { runs, pages: pages.length, version, busyBefore });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
