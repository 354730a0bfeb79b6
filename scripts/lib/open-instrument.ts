// bench:open's instrumentation: functions that run in the browser (in every document, and in the
// service worker), serialized by Playwright, so each is self-contained. See scripts/bench-open.ts
// for what the timings mean.

export interface FrameRecord {
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

export interface PageRecord { overlayAt?: number }

/** Runs in every document of the context, in its main world, before the document's own scripts. */
export function instrument(): void {
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
