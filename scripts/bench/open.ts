// Toolbar click to painted reading view, in headless Chromium with the built extension.
//
//   npm run -s bench:open -- [--runs 5] [--pages seed.html,...] [--dist dist/chrome] [--verbose] [--floor]
//
// Build first (npm run -s build:chrome): the script uses dist/chrome as it is and says so when it
// is missing or older than the sources. Every page of test/fixtures/pages/index.json is opened in a
// fresh tab and the toolbar button is clicked with a real click (CDP Extensions.triggerAction on the
// page's tab target, as in test/e2e). Run 1 on a page is its first click in that tab ("cold": the
// background injects the content script on demand, which then imports the extraction chunk); runs
// 2..N click again in the same tab after the view was closed ("warm"). Every run counts in the
// median and p95; cold and warm are also reported apart, and so are article and non-article pages.
//
// The browser is driven over a raw DevTools pipe (scripts/bench/lib/open-browser.ts), not Playwright:
// Playwright attaches to every new frame, holds it until its own set-up is done, and routes the
// frame's requests through Node, which added about 50 ms to each view (seen: p95 224 ms through
// Playwright, against the figures this script prints for the same build). Nothing of the bench's
// runs in the page or the reader frame while the view opens.
//
// A run is timed from just before Extensions.triggerAction is sent (in Node) to
//   - when a view opens: the presentation time of the first frame that painted the article's title,
//     from Element Timing (the view marks its title `elementtiming="sift-reader-title"`). The reader
//     frame is attached once it has its document and reads that entry (buffered) when it arrives.
//     A view that shows a message instead (nothing to read), or the notice of a page that is not an
//     article, is timed to its render mark (`elementTimingMissing`).
//   - when no view opens (a restricted page, an error: the outcome is the toolbar's badge and its
//     tooltip): the moment the badge for that outcome is set, i.e. when the service worker's
//     action.setBadgeText call made after the tab answered the open message completes.
// Clocks: Node, the service worker and the reader frame all give performance.timeOrigin +
// performance.now() (wall-clock origin, monotonic after), so their times are compared directly.
// Where the time goes: the service worker's calls (injection, messages to the tab, badge) are
// wrapped; the reader frame gives its navigation timing, its User Timing marks (article asked,
// answered, rendered) and its first contentful paint (the article itself, unless the answer took over
// 300 ms and "Loading…" was drawn first). Entity recognition starts after the paint
// and is not timed. The machine's other work shows directly in the times (the script prints how
// busy the CPU was just before it started). Last line: one JSON object.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtures, serveFixtures } from '../../test/e2e/harness';
import { argsOrExit, count, readArgs } from '../lib/args';
import { median, r2, sleep } from './lib/bench-util';
import { call, click, closeTab, closeView, openTab, readerFramePainted, readerFrameTarget, startBench, workerRecord, type Bench, type Tab } from './lib/open-browser';
import { floorCopy } from './lib/open-floor';
import { report, type Run } from './lib/open-report';
import { instrumentWorker, type FrameRecord, type WorkerCall, type WorkerRecord } from './lib/open-instrument';

const RUN_TIMEOUT_MS = 10_000;

const USAGE = 'Usage: npm run -s bench:open -- [--runs N (5)] [--pages a.html,b.html] [--dist DIR (dist/chrome)] [--verbose] [--floor]';
const OPTIONS = { runs: { type: 'string' }, pages: { type: 'string' }, dist: { type: 'string' }, verbose: { type: 'boolean' }, floor: { type: 'boolean' } } as const;
const { runs, dist, only, verbose, floor } = argsOrExit('bench:open', USAGE, (argv) => {
  const { values: v } = readArgs(argv, OPTIONS);
  return {
    runs: v.runs === undefined ? 5 : count('--runs', v.runs),
    dist: resolve(v.dist ?? 'dist/chrome'),
    only: v.pages?.split(','),
    verbose: v.verbose ?? false,
    floor: v.floor ?? false,
  };
});

/** Warns when the build is older than what it is built from. */
function warnIfStale(dir: string): void {
  const built = statSync(join(dir, 'manifest.json')).mtimeMs;
  const sources = ['manifest.json', 'reader.html', 'vite.config.ts',
    ...readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => join('src', f))];
  const newer = sources.filter((f) => existsSync(f) && statSync(f).isFile() && statSync(f).mtimeMs > built);
  if (newer.length) console.log(`note: ${dir} is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(', ')}…): npm run -s build:chrome`);
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

// The message that opens the view: content/toggle in builds before the background owned the session
// (kept so that an older build can be measured beside the current one).
const OPEN_MESSAGES = ['content/open', 'content/toggle'];

/** The badge the open message's outcome put on the tab: the first one set after the open message was answered. */
function outcomeBadge({ calls }: WorkerRecord, tabId: number): WorkerCall | undefined {
  const answered = calls.find((c) => OPEN_MESSAGES.includes(c.what))?.doneAt;
  if (answered === undefined) return undefined;
  return calls.find((c) => c.what.startsWith('badge:') && c.tabId === tabId && c.at >= answered && c.doneAt !== undefined);
}

async function oneRun(b: Bench, tab: Tab): Promise<Omit<Run, 'page' | 'article' | 'run'>> {
  await b.cdp.evaluate(b.worker, call(instrumentWorker));
  await b.cdp.evaluate(b.worker, 'globalThis.__siftBench.clickedAt = []; globalThis.__siftBench.calls = []');

  const t0 = nowMs();
  await click(b, tab);
  // Until a view frame is there, the worker is asked every 20 ms whether the toolbar has shown an outcome.
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  let frame: FrameRecord | undefined;
  const discarded = new Set<string>();
  while (Date.now() < deadline) {
    const target = readerFrameTarget(b, tab);
    if (target && !discarded.has(target.targetId)) {
      // A frame taken away again (the extraction threw) is not waited for: the badge tells that outcome.
      frame = await readerFramePainted(b, target.targetId, RUN_TIMEOUT_MS).catch(() => undefined);
      if (frame) break;
      discarded.add(target.targetId);
    }
    const badge = outcomeBadge(await workerRecord(b), tab.tabId);
    if (badge && badge.what !== 'badge:ON') break;
    await sleep(20);
  }
  const { clickedAt: [worker], calls } = await workerRecord(b);
  const injected = calls.find((c) => c.what === 'inject');
  const opened = calls.find((c) => OPEN_MESSAGES.includes(c.what));
  // Worker-side split: the click to the open message (on a first click the injection and the wait
  // for the injected script to answer), and the open message's round trip (extraction included).
  const background = {
    clickToWorker: (worker ?? NaN) - t0,
    inject: injected?.doneAt !== undefined ? injected.doneAt - injected.at : 0,
    clickToOpen: opened && worker !== undefined ? opened.at - worker : NaN,
    open: opened?.doneAt !== undefined ? opened.doneAt - opened.at : NaN,
  };

  if (frame && frame.outcome !== 'timeout') {
    const end = frame.paintedAt ?? frame.renderedAt!;
    const d = (a?: number, z?: number) => (a === undefined || z === undefined ? NaN : z - a);
    return {
      outcome: frame.outcome === 'article' ? 'view' : 'view-message',
      ms: frame.origin + end - t0,
      fallback: frame.paintedAt === undefined,
      split: {
        ...background,
        clickToFrameStart: frame.origin - t0,
        frameStartToResponse: d(0, frame.responseEnd),
        responseToDomReady: d(frame.responseEnd, frame.domContentLoadedAt),
        domReadyToAsk: d(frame.domContentLoadedAt, frame.askedAt),
        askToAnswer: d(frame.askedAt, frame.answeredAt),
        answerToRendered: d(frame.answeredAt, frame.renderedAt),
        renderedToPainted: d(frame.renderedAt, frame.paintedAt),
        clickToFirstContentfulPaint: frame.firstContentfulPaintAt === undefined ? NaN : frame.origin + frame.firstContentfulPaintAt - t0,
      },
    };
  }
  const badge = outcomeBadge({ clickedAt: [], calls }, tab.tabId);
  if (badge?.doneAt === undefined) throw new Error(`${tab.url}: no outcome within ${RUN_TIMEOUT_MS} ms`);
  const state = await b.cdp.evaluate<string>(b.worker,
    `chrome.storage.session.get('tab-status:${tab.tabId}').then((r) => r['tab-status:${tab.tabId}']?.state ?? 'idle')`);
  return { outcome: state, ms: badge.doneAt - t0, fallback: false, split: background };
}

async function main(): Promise<void> {
  const pages = fixtures().filter((f) => !only || only.includes(f.file));
  const busyBefore = await cpuBusy(1_000);
  if (!pages.length) throw new Error('no fixture pages selected');
  const served = await serveFixtures();
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no built extension: run \`npm run -s build:chrome\` first (or pass --dist DIR)`);
  if (dist === resolve('dist/chrome')) warnIfStale(dist);
  const loaded = floor ? floorCopy(dist) : dist;
  if (floor) console.log(`--floor: ${dist} with a reader.html that only paints a title (no script, no style sheet)`);
  const b = await startBench(loaded);
  const all: Run[] = [];
  try {
    for (const fixture of pages) {
      const tab = await openTab(b, `${served.origin}/pages/${fixture.file}`);
      for (let run = 1; run <= runs; run++) {
        await sleep(100); // let the previous run's work (entity recognition, closing) settle
        const result = await oneRun(b, tab);
        all.push({ page: fixture.file, article: fixture.article, run, ...result });
        if (verbose) console.log(fixture.file, run, result.outcome, r2(result.ms), JSON.stringify(result.split));
        await closeView(b, tab);
      }
      await closeTab(b, tab);
      const mine = all.filter((r) => r.page === fixture.file);
      const warm = mine.filter((r) => r.run > 1).map((r) => r.ms);
      console.log(`${fixture.file.padEnd(38)} ${fixture.article ? 'article    ' : 'non-article'} ${mine[0]!.outcome.padEnd(11)} cold ${r2(mine[0]!.ms).toFixed(1).padStart(6)} ms   warm median ${warm.length ? `${r2(median(warm)).toFixed(1).padStart(6)} ms` : '     –'}`);
    }
  } finally {
    await b.cdp.close();
    served.server.close();
    if (floor) rmSync(join(loaded, '..'), { recursive: true, force: true });
  }

  report(all, { runs, pages: pages.length, version: b.version, busyBefore, floor });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
