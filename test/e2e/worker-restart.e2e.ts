// The browser stops an extension's service worker whenever it likes (30 s idle, or sooner), and its
// memory goes with it. Here the worker is stopped through CDP (Target.closeTarget on its target)
// between every two actions: toggling, the badge, the view's own close button and a setting changed
// in the view still work, with nothing lost (the tab's state lives in storage.session, settings in
// storage.sync).
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickToolbar, fixtures, openPage, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const seed = fixtures().find((f) => f.file === 'seed.html')!;

type Info = { targetId: string; type: string; url: string };

async function workerTargets(): Promise<Info[]> {
  const cdp = await session.b.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: Info[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.b.extensionId}/`));
  } finally {
    await cdp.detach();
  }
}

// Set in the running worker before it is stopped: a worker started again has lost it with its memory.
const MARK = '__siftStoppedHere';

/** Stops the extension's service worker (if it runs: saving a setting need not wake it), and waits until it is gone. */
async function stopWorker(): Promise<void> {
  const [target] = await workerTargets();
  if (!target) return;
  await session.b.worker.evaluate((mark) => { (globalThis as Record<string, unknown>)[mark] = true; }, MARK);
  const cdp = await session.b.context.browser()!.newBrowserCDPSession();
  try {
    await cdp.send('Target.closeTarget' as never, { targetId: target!.targetId } as never);
  } finally {
    await cdp.detach();
  }
  await expect.poll(async () => (await workerTargets()).length, { timeout: 5000 }).toBe(0);
}

/**
 * Runs `action`, which must wake the stopped worker: a new one runs afterwards (Chromium starts it
 * under the same target, which Playwright's worker handle follows), without the stopped one's memory.
 */
async function waking(action: () => Promise<void>): Promise<void> {
  await action();
  await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(1);
  expect(await session.b.worker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark] ?? null, MARK)).toBeNull();
}

// Read through the running worker (woken by the call if need be): what the toolbar shows for the tab.
const toolbar = (tabId: number) => session.b.worker.evaluate(async (id) => ({
  badge: await chrome.action.getBadgeText({ tabId: id }),
  title: await chrome.action.getTitle({ tabId: id }),
}), tabId);

async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  return session.b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

const fontSizeOf = (frame: Frame) => frame.locator('.reader-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

describe('a service worker stopped between actions', () => {
  it('toggling, the badge, the close button and settings still work, and nothing is lost', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabOf(page);
    const untouchedTitle = (await toolbar(tabId)).title;

    // Open, from a stopped worker.
    await stopWorker();
    await waking(() => clickToolbar(session.b, page));
    let frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(seed.title);
    await expect.poll(async () => (await toolbar(tabId)).badge).toBe('ON');
    const openTitle = (await toolbar(tabId)).title;
    expect(openTitle).not.toBe(untouchedTitle);

    // Stopped with the view open: the badge and the tooltip stay, and the next click closes the view.
    await stopWorker();
    await waking(() => clickToolbar(session.b, page));
    await waitForNoReader(page);
    await expect.poll(async () => (await toolbar(tabId)).badge).toBe('');
    // What the page was found to be (the classifier ran once the click had brought it in) is kept too.
    const closedTitle = (await toolbar(tabId)).title;
    expect(closedTitle).not.toBe(openTitle);

    // Open again, stop, and change a setting in the view while no worker runs (the view saves it itself).
    await stopWorker();
    await waking(() => clickToolbar(session.b, page));
    frame = await readerFrame(page);
    await expect.poll(async () => (await toolbar(tabId)).badge).toBe('ON');
    const before = await fontSizeOf(frame);
    await stopWorker();
    await frame.locator('.reader-body').click();
    await page.keyboard.press('+');
    await expect.poll(() => fontSizeOf(frame)).toBeGreaterThan(before);
    const larger = await fontSizeOf(frame);

    // The view's own close button, with the worker stopped again: the view goes and the badge with it.
    await stopWorker();
    await waking(() => frame.locator('.reader-toolbar .reader-close').click());
    await waitForNoReader(page);
    await expect.poll(() => toolbar(tabId)).toEqual({ badge: '', title: closedTitle });

    // The setting was kept: a new worker reads it, and the next view shows it.
    await stopWorker();
    await waking(() => clickToolbar(session.b, page));
    frame = await readerFrame(page);
    expect(await fontSizeOf(frame)).toBe(larger);
    expect((await session.b.worker.evaluate(() => chrome.storage.sync.get('fontSize'))).fontSize).toBeGreaterThan(20);
    await expect.poll(async () => (await toolbar(tabId)).badge).toBe('ON');
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    await session.b.worker.evaluate(() => chrome.storage.sync.remove('fontSize'));
    await page.close();
  });
});
