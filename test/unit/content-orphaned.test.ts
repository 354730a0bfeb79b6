// @vitest-environment jsdom
// A content script orphaned by an extension update or reload (issue 17): its runtime loses its id, and
// the old copy must stop at once: the open view goes, the page is as it was, and no timer, observer or
// message of it is left. The real script module runs here on a stubbed `chrome`, with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const STORY = `<article><h1>Harbour reopens</h1>${'<p>The harbour reopened on Monday after repairs to the breakwater, officials said, and ferries returned to their usual timetable within hours.</p>'.repeat(8)}</article>`;
const BACKGROUND = { id: 'abc', url: 'chrome-extension://abc/service-worker.js' };
type Listener = (message: unknown, sender: unknown, reply: (response: unknown) => void) => boolean | undefined;

// Captured before the fake timers: the view's code loads by dynamic import, in real time.
const realDelay = (ms: number) => new Promise((resolve) => { realSetTimeout(resolve, ms); });
const realSetTimeout = globalThis.setTimeout;
const hosts = () => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-'));

let runtime: { id?: string; getURL(path: string): string; sendMessage: ReturnType<typeof vi.fn>; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } };
let listener: Listener | undefined;
// The listeners the script has on the runtime now (the last one added is `listener`).
let listening: Set<Listener>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  listener = undefined;
  listening = new Set();
  runtime = {
    id: 'abc',
    getURL: (path) => `chrome-extension://abc/${path.replace(/^\//, '')}`,
    sendMessage: vi.fn(() => Promise.resolve(null)),
    onMessage: {
      addListener: (l) => { listener = l; listening.add(l); },
      removeListener: (l) => { listening.delete(l); },
    },
  };
  vi.stubGlobal('chrome', { runtime });
  window.scrollTo = () => undefined;
  document.head.innerHTML = '<title>Harbour reopens</title>';
  document.body.innerHTML = STORY;
  history.replaceState(null, '', '/2024/05/14/harbour-reopens');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const host of hosts()) host.remove();
});

/** Sends `type` as the background would; resolves with the script's answer. */
function fromBackground(type: string, payload: unknown = null): Promise<unknown> {
  return new Promise((resolve) => listener!({ type, payload }, BACKGROUND, resolve));
}

/** How many messages the script sends after an in-app navigation to the next story. */
async function messagesAfterNavigation(): Promise<number> {
  const before = runtime.sendMessage.mock.calls.length;
  history.pushState(null, '', '/2024/05/15/next-story');
  document.body.innerHTML = STORY.replace('Harbour reopens', 'The next story');
  await vi.advanceTimersByTimeAsync(3000);
  return runtime.sendMessage.mock.calls.length - before;
}

/** Loads the real script and opens its view as the background would. */
async function openView(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/content-script');
  let answer: unknown;
  void fromBackground('content/open', { auto: false }).then((a) => { answer = a; });
  // The view's code loads by dynamic import (real time), then settles on a timer (fake time).
  for (let i = 0; i < 500 && answer === undefined; i += 1) {
    await realDelay(10);
    await vi.advanceTimersByTimeAsync(10);
  }
  expect(answer).toEqual({ state: 'open' });
  expect(hosts()).toHaveLength(1);
  expect(vi.getTimerCount()).toBeGreaterThan(0);
  expect(listening.size).toBe(1);
}

describe('an orphaned content script', () => {
  it('closes its view and stops watching and polling the page at once', async () => {
    await openView();

    delete runtime.id; // what Chrome does to the old copy's runtime when the extension is reloaded
    await vi.advanceTimersByTimeAsync(300);
    expect(hosts()).toHaveLength(0);
    expect(document.documentElement.getAttribute('style')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(listening.size).toBe(0);

    // An in-app navigation afterwards is no longer heard: no message is even attempted.
    expect(await messagesAfterNavigation()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops at once when a message fails with "Extension context invalidated", before its poll would see it', async () => {
    await openView();
    // Chrome's old copy: sendMessage throws at the call. The user's Escape closes the view, and the
    // script tells the background, which fails: nothing of it must be left after that failure.
    runtime.sendMessage.mockImplementation(() => {
      delete runtime.id;
      throw new Error('Extension context invalidated.');
    });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(hosts()).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(listening.size).toBe(0);
  });

  it('a live one keeps watching (the baseline of the test above)', async () => {
    vi.resetModules();
    await import('../../src/content/content-script');
    await vi.advanceTimersByTimeAsync(300);
    expect(await messagesAfterNavigation()).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    delete runtime.id; // and stopped, so that nothing of it outlives the test's page
    await vi.advanceTimersByTimeAsync(300);
    expect(vi.getTimerCount()).toBe(0);
  });
});
