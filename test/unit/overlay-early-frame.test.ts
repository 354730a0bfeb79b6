// @vitest-environment jsdom
// The view's frame started early (on-demand injection, src/content/on-demand.ts): hidden until the
// article is ready, taken over by prepareOverlay, and the page left exactly as it was in every case.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleAnswer } from '../../src/shared/messages';

const SRC = 'chrome-extension://abc/reader.html';
const hosts = () => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')) as HTMLElement[];
const serialized = () => document.documentElement.outerHTML;


async function overlayModule() {
  vi.resetModules();
  return import('../../src/content/overlay');
}

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` } });
  window.scrollTo = () => undefined; // jsdom has none; unmount restores the scroll position through it
  document.head.innerHTML = '<title>Page</title>';
  document.body.innerHTML = '<h1>Story</h1><p>One paragraph of the page.</p>';
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const host of hosts()) host.remove();
});

describe('startEarlyFrame', () => {
  it('adds one hidden, unclickable overlay and nothing else', async () => {
    const { startEarlyFrame, hasEarlyFrame } = await overlayModule();
    const before = document.body.outerHTML;
    startEarlyFrame(document, SRC);
    startEarlyFrame(document, SRC);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('style')).toMatch(/opacity: 0 !important; pointer-events: none !important$/);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(document.body.outerHTML).toBe(before);
    expect(hasEarlyFrame()).toBe(true);
  });

  it('is taken over by prepareOverlay, shown, and unmounted back to the page as it was', async () => {
    const { startEarlyFrame, prepareOverlay, hasEarlyFrame } = await overlayModule();
    const before = serialized();
    startEarlyFrame(document, SRC);
    const early = hosts()[0];
    const overlay = prepareOverlay(document, SRC, () => undefined).show();
    expect(hosts()).toEqual([early]);
    expect(early!.getAttribute('style')).not.toMatch(/opacity/);
    expect(document.documentElement.getAttribute('style')).toMatch(/overflow: hidden/);
    expect(hasEarlyFrame()).toBe(false);
    overlay.unmount();
    expect(serialized()).toBe(before);
  });

  it('goes with a discarded overlay (no article): the page is as it was', async () => {
    const { startEarlyFrame, prepareOverlay } = await overlayModule();
    const before = serialized();
    startEarlyFrame(document, SRC);
    prepareOverlay(document, SRC, () => undefined).discard();
    expect(hosts()).toHaveLength(0);
    expect(serialized()).toBe(before);
  });

  it('is not reused for another page address, nor after the page removed it', async () => {
    const { startEarlyFrame, prepareOverlay } = await overlayModule();
    startEarlyFrame(document, SRC);
    const early = hosts()[0];
    const pending = prepareOverlay(document, 'chrome-extension://abc/other.html', () => undefined);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).not.toBe(early);
    pending.discard();

    startEarlyFrame(document, SRC);
    hosts()[0]!.remove();
    const fresh = prepareOverlay(document, SRC, () => undefined);
    expect(hosts()).toHaveLength(1);
    fresh.discard();
  });

  it('removes itself when nothing takes it over', async () => {
    vi.useFakeTimers();
    const { startEarlyFrame, hasEarlyFrame } = await overlayModule();
    const before = serialized();
    startEarlyFrame(document, SRC);
    vi.advanceTimersByTime(14_000);
    expect(hosts()).toHaveLength(1);
    vi.advanceTimersByTime(2_000);
    expect(hosts()).toHaveLength(0);
    expect(hasEarlyFrame()).toBe(false);
    expect(serialized()).toBe(before);
  });
});

describe('extensionUrl', () => {
  it('uses Firefox\'s browser namespace where there is one, else chrome', async () => {
    const { extensionUrl } = await overlayModule();
    expect(extensionUrl('reader.html')).toBe(SRC);
    vi.stubGlobal('browser', { runtime: { getURL: (path: string) => `moz-extension://xyz/${path}` } });
    expect(extensionUrl('reader.html')).toBe('moz-extension://xyz/reader.html');
  });
});

describe('an opening that takes over an early frame', () => {
  it('hands its article over once, before the view is shown, and shows it in the early frame', async () => {
    vi.resetModules();
    const { startEarlyFrame } = await import('../../src/content/overlay');
    const { openReader } = await import('../../src/content/open-reader');
    startEarlyFrame(document, SRC);
    const early = hosts()[0];
    document.body.innerHTML = `<article><h1>Harbour reopens</h1>${'<p>The harbour reopened on Monday after repairs to the breakwater, officials said, and ferries returned to their usual timetable within hours.</p>'.repeat(8)}</article>`;
    const handed: { answer: ArticleAnswer; shown: boolean }[] = [];
    const handOver = (answer: ArticleAnswer) => handed.push({ answer, shown: !/opacity/.test(hosts()[0]?.getAttribute('style') ?? 'opacity') });
    const opened = openReader(document, 'https://news.example/2024/05/harbour-reopens', () => undefined, { handOver });
    expect((await opened.status).state).toBe('open');
    expect(handed).toHaveLength(1);
    expect(handed[0]!.shown).toBe(false);
    expect(handed[0]!.answer.ok && handed[0]!.answer.article.text).toMatch(/breakwater/);
    expect(hosts()).toEqual([early]);
    opened.session?.close();
    expect(handed).toHaveLength(1);
  });

  it('hands over why there is no article, and takes the early frame away', async () => {
    vi.resetModules();
    const { startEarlyFrame } = await import('../../src/content/overlay');
    const { openReader } = await import('../../src/content/open-reader');
    startEarlyFrame(document, SRC);
    document.body.innerHTML = '<nav><a href="/a">A</a><a href="/b">B</a></nav>';
    const handed: ArticleAnswer[] = [];
    const opened = openReader(document, 'https://news.example/', () => undefined, { handOver: (answer) => handed.push(answer) });
    expect((await opened.status).state).not.toBe('open');
    expect(handed).toMatchObject([{ ok: false }]);
    expect(hosts()).toHaveLength(0);
  });
});
