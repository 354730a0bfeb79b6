// bench:open's summary: median and p95 over all runs, cold and warm, articles and non-articles,
// where the time goes; printed as lines, then one JSON object (see scripts/bench/open.ts).
import { cpus } from 'node:os';
import { median, percentile, r2 } from './bench-util';

const TARGET_P95_MS = 150;

export interface Run {
  page: string;
  article: boolean;
  run: number;
  outcome: string;
  ms: number;
  fallback: boolean;
  split?: Record<string, number>;
}

function stats(values: number[]) {
  return { runs: values.length, medianMs: r2(median(values)), p95Ms: r2(percentile(values, 95)), maxMs: r2(Math.max(0, ...values)) };
}

export function report(all: Run[], { runs, pages, version, busyBefore, floor = false }: { runs: number; pages: number; version: string; busyBefore: number; floor?: boolean }): void {
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
    // A floor run (bench:open --floor): a reader.html that only paints a title, not the view.
    floor,
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
  console.log(`\nclick → painted, headless Chromium ${version}, ${pages} pages × ${runs} runs (run 1: first click in a fresh tab)${floor ? ', FLOOR: a reader.html that only paints a title' : ''}`);
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
