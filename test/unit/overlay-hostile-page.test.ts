// @vitest-environment jsdom
// The overlay on a page that works against it: a page script that removes the overlay must not leave the
// page scroll-locked with the view "open", and a custom element the page defined under a name like ours
// must not take the overlay's place.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SRC = 'chrome-extension://abc/reader.html';
const hosts = () => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')) as HTMLElement[];

async function overlayModule() {
  vi.resetModules();
  return import('../../src/content/overlay');
}

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` } });
  window.scrollTo = () => undefined;
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '<h1>Story</h1><p>One paragraph of the page.</p>';
});

afterEach(() => {
  vi.unstubAllGlobals();
  for (const host of hosts()) host.remove();
});

describe('an overlay the page takes away', () => {
  it('ends the view: the close callback runs, and unmounting restores the page', async () => {
    const { prepareOverlay } = await overlayModule();
    const onClose = vi.fn();
    const overlay = prepareOverlay(document, SRC, onClose).show();
    expect(document.documentElement.getAttribute('style')).toContain('overflow: hidden');
    hosts()[0]!.remove(); // what a hostile page script does
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    overlay.unmount();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('does not call back for the page\'s own changes, nor after the view closed', async () => {
    const { prepareOverlay } = await overlayModule();
    const onClose = vi.fn();
    const overlay = prepareOverlay(document, SRC, onClose).show();
    document.documentElement.append(document.createElement('div'));
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(onClose).not.toHaveBeenCalled();
    overlay.unmount();
    await new Promise((r) => setTimeout(r, 0));
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('the overlay element\'s name', () => {
  it('is not one a page can define in advance: it differs between page loads', async () => {
    const names: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => names.push((n as Element).localName))));
    observer.observe(document.documentElement, { childList: true });
    for (let i = 0; i < 5; i++) {
      const { prepareOverlay } = await overlayModule(); // a fresh module: a new page load
      prepareOverlay(document, SRC, () => undefined).discard();
    }
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    for (const name of names) expect(name).toMatch(/^sift-reader-[a-z0-9]{8}$/);
  });

  it('still opens when the page has defined a custom element under the old fixed name', async () => {
    customElements.define('sift-reader-overlay', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }); // would make our attachShadow throw
      }
    });
    const { prepareOverlay } = await overlayModule();
    const overlay = prepareOverlay(document, SRC, () => undefined).show();
    expect(hosts()).toHaveLength(1);
    overlay.unmount();
  });
});
