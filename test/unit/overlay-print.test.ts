// @vitest-environment jsdom
// A print of the tab from the browser's menu while the view is open (src/content/overlay.ts
// swapForPrint): the overlay shows a copy of the article from beforeprint to afterprint, with the
// article's images only when the view's images setting allows them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintedArticle } from '../../src/content/print-copy';

const SRC = 'chrome-extension://abc/reader.html';
const ARTICLE: PrintedArticle = {
  url: 'https://news.example/story', title: 'A title', byline: '', siteName: '', lang: 'en', dir: 'ltr',
  html: '<p>Text</p><figure><img src="https://img.example/a.jpg" alt=""><figcaption>Caption</figcaption></figure>',
};
const hosts = () => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')) as HTMLElement[];
let shadows: ShadowRoot[] = [];

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` } });
  window.scrollTo = () => undefined;
  document.body.innerHTML = '<p>The page.</p>';
  shadows = [];
  // The overlay's shadow root is closed: keep a handle on it to read what a print would show.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const host of hosts()) host.remove();
});

async function open(images: Promise<boolean>) {
  vi.resetModules();
  const { prepareOverlay } = await import('../../src/content/overlay');
  return prepareOverlay(document, SRC, () => undefined).show({ article: ARTICLE, images });
}

const printed = () => shadows[0]!.querySelector('article.print');

describe('a print of the tab while the view is open', () => {
  it('shows the article with its images from beforeprint to afterprint, when the view shows images', async () => {
    const overlay = await open(Promise.resolve(true));
    await Promise.resolve();
    expect(printed()).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printed()?.querySelector('h1')?.textContent).toBe('A title');
    expect(printed()?.querySelector('img')?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(shadows[0]!.querySelector('iframe')?.getAttribute('style')).toMatch(/display: none/);
    window.dispatchEvent(new Event('afterprint'));
    expect(printed()).toBeNull();
    expect(shadows[0]!.querySelector('iframe')?.getAttribute('style')).not.toMatch(/display: none/);
    overlay.unmount();
  });

  it('has no image, and keeps the caption, when the view\'s images are off', async () => {
    const overlay = await open(Promise.resolve(false));
    await Promise.resolve();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printed()?.querySelectorAll('img, picture, source')).toHaveLength(0);
    expect(printed()?.querySelector('figcaption')?.textContent).toBe('Caption');
    overlay.unmount();
  });

  it('has no image until the setting is known, and gets them in place if it comes during the print', async () => {
    let answer: (shown: boolean) => void = () => undefined;
    const overlay = await open(new Promise((resolve) => { answer = resolve; }));
    window.dispatchEvent(new Event('beforeprint'));
    expect(printed()?.querySelector('img')).toBeNull();
    answer(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(printed()?.querySelector('img')).not.toBeNull();
    expect(shadows[0]!.querySelectorAll('article.print')).toHaveLength(1);
    overlay.unmount();
    expect(hosts()).toHaveLength(0);
  });

  it('a failed answer counts as images off', async () => {
    const overlay = await open(Promise.reject(new Error('no background')));
    await new Promise((r) => setTimeout(r, 0));
    window.dispatchEvent(new Event('beforeprint'));
    expect(printed()?.querySelector('img')).toBeNull();
    overlay.unmount();
  });
});
