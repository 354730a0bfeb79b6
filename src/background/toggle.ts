// Injected on demand: the content script, with the view's frame and the extraction code started at once.
import onDemandScript from '../content/on-demand.ts?script';
// The extraction code's own loader, injected first: the page starts fetching that chunk at once,
// instead of after on-demand.ts's module and its imports have come in and run (about 10 ms later
// on a first click). Both import the same file, so it loads and runs once.
import extractionScript from '../content/open-reader.ts?script';
import browser, { type Tabs } from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import { viewShown, type TabStatus } from '../shared/messages';
import { pendingNeverRules } from './pending-rule';
import { restrictionFor } from './restricted';
import { beginClosing, beginOpening, endOpening, endSession, serialized, viewUnderWay } from './reader-session';
import { setStatus, statusOf } from './status';

const READY_TIMEOUT_MS = 5000;
const READY_POLL_MS = 50;

const answers = (tabId: number) => sendToTab(tabId, 'content/ping', null).then(() => true, () => false);

// Tabs whose just-injected content script has not reported yet: it reports its page (content/detected)
// as soon as it listens, which ends the wait at once; pinging is only the fallback.
const waiting = new Map<number, () => void>();

/** The content script of `tabId` is listening (called when it reports its page). */
export function contentReady(tabId: number): void {
  waiting.get(tabId)?.();
}

async function ensureContentScript(tabId: number): Promise<void> {
  if (await answers(tabId)) return;
  // Not there yet (a tab opened before install, or never asked): inject on demand. The injected
  // loader imports the script asynchronously, so wait until it reports or answers.
  let reported = false;
  const ready = new Promise<void>((resolve) => waiting.set(tabId, () => { reported = true; resolve(); }));
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [extractionScript, onDemandScript] });
    for (const deadline = Date.now() + READY_TIMEOUT_MS; Date.now() < deadline;) {
      await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, READY_POLL_MS))]);
      if (reported || (await answers(tabId))) return;
    }
  } finally {
    waiting.delete(tabId);
  }
  throw new Error('the page did not answer in time');
}

async function pageAccess() {
  return { fileSchemeAllowed: await browser.extension.isAllowedFileSchemeAccess().catch(() => false) };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

// The view's state lives here (reader-session.ts, status.ts), so a click says what it wants: close an
// open view, or open one. A content script that finds no view to close (the worker's record outlived
// it) answers null, and the click opens instead.
async function openInTab(tab: Tabs.Tab, tabId: number): Promise<TabStatus> {
  const restriction = restrictionFor(tab.url ?? tab.pendingUrl, await pageAccess());
  if (restriction) return { state: 'restricted', note: restriction };
  beginOpening(tabId);
  try {
    await ensureContentScript(tabId);
    return await sendToTab(tabId, 'content/open', { auto: false });
  } catch (error) {
    return { state: 'restricted', note: { key: 'note_cannotRunBecause', detail: errorText(error) } };
  }
}

async function closeInTab(tabId: number): Promise<TabStatus | null> {
  beginClosing(tabId);
  // No script to answer (the page it ran in is gone): nothing is shown there, and the click opens.
  const closed = await sendToTab(tabId, 'content/close', null).catch(() => null);
  endSession(tabId);
  return closed;
}

async function finish(tabId: number, status: TabStatus): Promise<TabStatus> {
  endOpening(tabId, viewShown(status));
  await setStatus(tabId, status);
  return status;
}

/** Opens the view in `tab` or closes it, and reports the outcome on the toolbar. */
export function toggleReader(tab: Tabs.Tab): Promise<TabStatus> {
  const tabId = tab.id;
  if (tabId === undefined || tabId < 0) return Promise.resolve({ state: 'error', note: { key: 'note_noTab' } });
  return serialized(tabId, async () => {
    // A "Not an article" still in its undo time stands once the user closes the view this way.
    await pendingNeverRules.settle(tabId);
    const open = viewShown(await statusOf(tabId));
    const closed = open ? await closeInTab(tabId) : null;
    if (closed) {
      await setStatus(tabId, closed);
      return closed;
    }
    return finish(tabId, await openInTab(tab, tabId));
  });
}

/** Closes the view in a tab (from the view's own close button or Escape). */
export function closeReader(tabId: number): Promise<TabStatus> {
  return serialized(tabId, async () => {
    await pendingNeverRules.settle(tabId);
    const status = (await closeInTab(tabId)) ?? { state: 'idle' };
    await setStatus(tabId, status);
    return status;
  });
}

/**
 * Opens the view by itself (automatic mode, a site's "always" rule). A view already open, or a page
 * whose script does not answer, is left as it is.
 */
export function openAutomatically(tabId: number): Promise<TabStatus> {
  return serialized(tabId, async () => {
    const now = await statusOf(tabId);
    if (viewUnderWay(tabId, now)) return now;
    beginOpening(tabId);
    // The content script catches its own failures: a rejection means it did not answer.
    const status = await sendToTab(tabId, 'content/open', { auto: true }).catch(() => null);
    if (status) return finish(tabId, status);
    endSession(tabId);
    return now;
  });
}
