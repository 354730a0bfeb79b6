// bench:open's instrumentation: functions that run in the browser (the reader frame and the service
// worker), sent as source over CDP, so each is self-contained. See scripts/bench/open.ts for what
// the timings mean.

/** What the reader frame tells once its article (or a message) is painted; times from its timeOrigin. */
export interface FrameRecord {
  origin: number;
  outcome: 'article' | 'message' | 'timeout';
  /** Element Timing's renderTime of the view's title: the presentation time of its first frame. */
  paintedAt?: number;
  responseEnd?: number;
  domContentLoadedAt?: number;
  askedAt?: number;
  answeredAt?: number;
  renderedAt?: number;
  firstContentfulPaintAt?: number;
}

/**
 * Runs in the reader frame once it is attached (nothing of ours runs there before): resolves when
 * the title's Element Timing entry arrives (buffered, so an earlier paint counts too), or when a
 * message other than "Loading…" (or the not-an-article notice) has been rendered, or after `timeoutMs`.
 */
export function whenPainted(timeoutMs: number): Promise<FrameRecord> {
  return new Promise((resolve) => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const finish = (outcome: FrameRecord['outcome'], paintedAt?: number) => {
      observer.disconnect();
      clearInterval(poll);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      resolve({
        origin: performance.timeOrigin, outcome, paintedAt,
        responseEnd: nav?.responseEnd, domContentLoadedAt: nav?.domContentLoadedEventStart || undefined,
        askedAt: mark('sift-reader:ask'), answeredAt: mark('sift-reader:answer'), renderedAt: mark('sift-reader:render'),
        firstContentfulPaintAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      });
    };
    const observer = new PerformanceObserver((list) => {
      const title = (list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[])
        .find((e) => e.identifier === 'sift-reader-title');
      if (title) finish('article', title.renderTime || title.startTime);
    });
    observer.observe({ type: 'element', buffered: true });
    const started = performance.now();
    const poll = setInterval(() => {
      // A message (nothing to read), or the notice the view shows first on a page that is not an article.
      const message = document.querySelector('.reader-message p, .reader-notice h1');
      if (message && !/^Loading/.test(message.textContent ?? '') && mark('sift-reader:render') !== undefined) finish('message');
      else if (performance.now() - started > timeoutMs) finish('timeout');
    }, 50);
  });
}

export interface WorkerCall { what: string; tabId?: number; at: number; doneAt?: number }
export interface WorkerRecord { clickedAt: number[]; calls: WorkerCall[] }

/**
 * In the service worker: when the click arrives, and when the background injects the content
 * script, messages the tab and sets the tab's badge (the extension's code looks these functions up
 * when it calls them, so wrapping them here times its own calls).
 */
export function instrumentWorker(): void {
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
