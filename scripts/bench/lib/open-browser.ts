// bench:open's browser: Debian's Chromium with the built extension, driven over a raw DevTools pipe
// (scripts/bench/lib/cdp-pipe.ts) so that the measurement does not slow what it measures. Only the
// extension's service worker is attached from the start; a page is attached while it loads and for
// the checks between runs, and the reader frame only once it has its document.
import { BASE_ARGS, chromePath } from '../../../test/e2e/harness';
import { launchOverPipe, type Cdp } from './cdp-pipe';
import { sleep } from './bench-util';
import { whenPainted, type FrameRecord, type WorkerRecord } from './open-instrument';

export interface TargetInfo { targetId: string; type: string; url: string; parentId?: string }

export interface Bench {
  cdp: Cdp;
  extensionId: string;
  /** The service worker's DevTools session. */
  worker: string;
  version: string;
  /** Every target the browser has now, kept current from its events. */
  targets: Map<string, TargetInfo>;
}

/** A function's source as an expression calling it (tsx names functions through a `__name` helper the browser lacks). */
export const call = (fn: (...a: never[]) => unknown, ...args: unknown[]) =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')}); })()`;

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(10)) {
    const value = await get();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startBench(dist: string): Promise<Bench> {
  const cdp = await launchOverPipe(chromePath(), [
    ...BASE_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--window-size=1100,800',
    // The fixture pages name ad and image hosts that do not exist: fail them at once, without a lookup.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // Chromium's own address-bar dropdown is a WebUI page (chrome://omnibox-popup.top-chrome) that
    // headless Chromium builds in a renderer of its own while a new tab's first click is measured: 230-320 ms of
    // CPU (seen in a trace) on these two cores, in the middle of the measured click. A desktop
    // browser has it long before. AimEnabled (its "AI mode") is off in Playwright's defaults too.
    '--disable-features=AimEnabled,WebUIOmniboxPopup',
  ]);
  const targets = new Map<string, TargetInfo>();
  cdp.on('Target.targetCreated', (p) => { const t = p.targetInfo as TargetInfo; targets.set(t.targetId, t); });
  cdp.on('Target.targetInfoChanged', (p) => { const t = p.targetInfo as TargetInfo; targets.set(t.targetId, t); });
  cdp.on('Target.targetDestroyed', (p) => { targets.delete(p.targetId as string); });
  await cdp.send('Target.setDiscoverTargets', { discover: true, filter: [{}] });
  const sw = await until('the extension\'s service worker', () =>
    [...targets.values()].find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')));
  const { sessionId: worker } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: sw.targetId, flatten: true });
  await until('the worker to listen for clicks', async () =>
    (await cdp.evaluate<boolean>(worker, 'chrome.action.onClicked.hasListeners()').catch(() => false)) || undefined);
  const { product } = await cdp.send<{ product: string }>('Browser.getVersion');
  return { cdp, extensionId: new URL(sw.url).host, worker, version: product.replace(/^.*?\//, ''), targets };
}

export interface Tab { page: string; session: string; tab: string; tabId: number; url: string }

/** A new foreground tab showing `url`, loaded; with its tab target (for clicks) and its tab id. */
export async function openTab(b: Bench, url: string): Promise<Tab> {
  const { targetId: page } = await b.cdp.send<{ targetId: string }>('Target.createTarget', { url });
  const { sessionId: session } = await b.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: page, flatten: true });
  await until('the page to load', async () => (await b.cdp.evaluate<boolean>(session,
    `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`).catch(() => false)) || undefined);
  // Tab targets are not kept current by the discovery events: ask for them.
  const tab = await until('the page\'s tab target', async () =>
    (await b.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos
      .find((t) => t.type === 'tab' && t.url === url)?.targetId);
  await b.cdp.send('Target.activateTarget', { targetId: page });
  const tabId = await b.cdp.evaluate<number>(b.worker,
    'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => t?.id ?? -1)');
  return { page, session, tab, tabId, url };
}

export const click = (b: Bench, tab: Tab) => b.cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.tab });

/** The reading view's frame in `tab`, once its own document (reader.html) is committed. */
export function readerFrameTarget(b: Bench, tab: Tab): TargetInfo | undefined {
  return [...b.targets.values()].find((t) => t.type === 'iframe' && t.parentId === tab.page && t.url.includes('/reader.html'));
}

/** Attaches to the reader frame and waits there for the painted title (or a message). */
export async function readerFramePainted(b: Bench, targetId: string, timeoutMs: number): Promise<FrameRecord> {
  const { sessionId } = await b.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  try {
    // The target can be listed a moment before reader.html replaces its initial empty document.
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(5)) {
      if (await b.cdp.evaluate<boolean>(sessionId, 'location.pathname === "/reader.html"').catch(() => false)) break;
    }
    return await b.cdp.evaluate<FrameRecord>(sessionId, call(whenPainted, timeoutMs));
  } finally {
    await b.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

export const workerRecord = (b: Bench) => b.cdp.evaluate<WorkerRecord>(b.worker, 'globalThis.__siftBench');

/** Closes an open view with a second click and waits until the page is itself again. */
export async function closeView(b: Bench, tab: Tab): Promise<void> {
  if (!readerFrameTarget(b, tab)) return;
  await click(b, tab);
  await until('the view to close', async () => (await b.cdp.evaluate<boolean>(tab.session,
    '![...document.documentElement.children].some((el) => el.localName.startsWith("sift-reader-")) && !document.documentElement.getAttribute("style")?.includes("overflow")')) || undefined);
}

export async function closeTab(b: Bench, tab: Tab): Promise<void> {
  await b.cdp.send('Target.closeTarget', { targetId: tab.page });
}
