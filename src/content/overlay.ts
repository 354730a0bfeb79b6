// The full-viewport iframe that shows reader.html over the page, and everything needed to leave
// the page exactly as it was: DOM (serialized), scroll position and focus.

import { extensionApi } from '../shared/extension-api';
import type { PrintRequest } from './print-copy';
import { swapForPrint } from './print-swap';
import { addSheet, lockScroll } from './page-sheets';

type Api = { runtime: { getURL(path: string): string }; i18n?: { getMessage(name: string): string } };

/**
 * The bare extension API (Chrome's `chrome`, Firefox's `browser`), not webextension-polyfill: the
 * code that opens the view loads in the page only when asked for, and the polyfill would be one
 * more module to fetch and run on the way.
 */
const api = () => extensionApi<Api>();

/** The address of one of the extension's files. */
export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}

export interface Overlay {
  unmount(): void;
}

// A name of our own for each page load: a page that defines a custom element of a fixed name (or attaches
// its shadow root first) could break the view or wait for it. The prefix is what tests look for.
const HOST_TAG = `sift-reader-${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
const HOST_STYLE = [
  'all: initial', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'display: block',
  'width: 100vw', 'height: 100vh', 'margin: 0', 'padding: 0', 'border: 0',
].map((rule) => `${rule} !important`).join('; ');

/**
 * The host's style: a page zoomed as a whole (`html { zoom: 0.9 }`, or 3 in the isolation e2e) zooms
 * every element in it, the view too (it covered 90%, or 300%, of the window): undone on the host.
 */
function hostStyle(doc: Document): string {
  const zoom = (doc.documentElement as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return zoom && zoom !== 1 ? `${HOST_STYLE}; zoom: ${1 / zoom} !important` : HOST_STYLE;
}
const FRAME_STYLE = 'border: 0; width: 100%; height: 100%; display: block; background: transparent; color-scheme: normal;';
// While the view is open, a print started from the browser's menu prints the top page, which is the
// page's own content with the view's frame over its first screen. Hidden in print, the content
// leaves the frame alone (the view's article; Ctrl+P in the view prints all of it, reader.css). An
// adopted sheet, not an element: the page's serialized DOM stays as it was.
const PRINT_RULES = '@media print { body { display: none !important; } }';

/** An overlay whose frame is already loading but that is not shown yet: show it, or discard it. */
export interface PendingOverlay {
  /** Shows the view; `printed`: what a print of the tab from the browser's menu shows. */
  show(printed?: PrintRequest): Overlay;
  /** Takes the frame away again; the page was never changed otherwise. */
  discard(): void;
}

// While hidden (an early frame, below): loading and running, but neither seen nor clickable.
const HIDDEN = '; opacity: 0 !important; pointer-events: none !important';
// An early frame the toggle never came for (the page stopped answering) goes by itself.
const EARLY_FRAME_TTL_MS = 15_000;

interface FrameHost { host: HTMLElement; frame: HTMLIFrameElement; src: string; shadow: ShadowRoot }

// The frame started by startEarlyFrame, until prepareOverlay takes it. Module state: this module is
// one instance in the content scripts' isolated world, which the page's own scripts cannot reach.
let early: FrameHost | null = null;

function addFrameHost(doc: Document, src: string, hidden: boolean): FrameHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', hidden ? HOST_STYLE + HIDDEN : HOST_STYLE);
  // Closed shadow root: page scripts and page CSS cannot reach the frame.
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', FRAME_STYLE);
  // The frame's accessible name, in the interface's language (screen readers announce it).
  frame.setAttribute('title', api().i18n?.getMessage('reader_frameTitle') ?? '');
  frame.setAttribute('allow', '');
  frame.src = src;
  shadow.append(frame);
  doc.documentElement.append(host);
  return { host, frame, src, shadow };
}

/**
 * Starts loading the view's frame, hidden, before anything else is known: for a content script
 * injected because the user has just asked for the view. reader.html then loads in the extension's
 * process while this page loads and runs the extraction code. prepareOverlay takes it over; if
 * nothing does, it goes after a while. The page is not changed otherwise (no scroll lock, no focus).
 */
export function startEarlyFrame(doc: Document, src: string): void {
  if (early?.host.isConnected) return;
  const started = addFrameHost(doc, src, true);
  early = started;
  setTimeout(() => {
    if (early !== started) return;
    early = null;
    started.host.remove();
  }, EARLY_FRAME_TTL_MS);
}

/** Whether a frame started early waits for its article (the view asks for it as soon as it loads). */
export function hasEarlyFrame(): boolean {
  return early !== null && early.host.isConnected;
}

/** The early frame for `src` in `doc`, taken (once); null when there is none to take. */
function takeEarlyFrame(doc: Document, src: string): FrameHost | null {
  const taken = early;
  early = null;
  if (taken && taken.host.isConnected && taken.host.ownerDocument === doc && taken.src === src) return taken;
  taken?.host.remove();
  return null;
}

/**
 * Starts loading `src` in the overlay's frame (in the extension's own process, in parallel with
 * whatever this page does next), or takes over the frame startEarlyFrame began, without touching
 * anything else of the page: no scroll lock, no focus change, no key listener until show(). Call
 * show() or discard() in the same task, so that nothing is painted in between. `onClose`: Escape in the
 * page, or the page took the overlay away (the view must then end properly: scroll lock off, badge off).
 */
export function prepareOverlay(doc: Document, src: string, onClose: () => void): PendingOverlay {
  const win = doc.defaultView;
  const root = doc.documentElement;
  const saved = {
    scrollX: win?.scrollX ?? 0,
    scrollY: win?.scrollY ?? 0,
    focus: doc.activeElement,
  };
  const { host, frame, shadow } = takeEarlyFrame(doc, src) ?? addFrameHost(doc, src, false);

  let settled = false;
  const settle = () => {
    if (settled) throw new Error('the overlay was already shown or discarded');
    settled = true;
  };

  return {
    discard() {
      settle();
      host.remove();
    },
    show(printed) {
      settle();
      host.setAttribute('style', hostStyle(doc));
      // The page underneath must not scroll while the view is open.
      const unlock = lockScroll(doc);
      // The view takes focus itself once its article is on screen (reader/shell-keys.ts takeFocus).
      // Not from here: focusing the frame while it was still navigating to the reader page left the
      // browser sending keys to the page on some openings, while both documents said the view had
      // focus (Space and Page Down then scrolled nothing). Once loaded, the frame is focused from
      // here only if the view could not take focus; never again once the reader is being used (the
      // load event waits for the article's images, which may come late).
      frame.addEventListener('load', () => { if (doc.activeElement !== host) frame.focus(); }, { once: true });

      // Escape pressed while focus is still in the page (the reader page handles its own).
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      };
      win?.addEventListener('keydown', onKey, true);
      // A page script that removes the overlay (or replaces the root element) ends the view.
      const removal = win ? new win.MutationObserver(() => { if (!host.isConnected) onClose(); }) : null;
      removal?.observe(doc, { childList: true });
      removal?.observe(root, { childList: true });
      const removePrintSheet = addSheet(doc, PRINT_RULES) ?? (() => undefined);
      const stopPrintCopy = printed && win ? swapForPrint(win, { host, frame, shadow }, printed, { host: () => hostStyle(doc), frame: FRAME_STYLE }) : () => undefined;

      return {
        unmount() {
          removal?.disconnect();
          win?.removeEventListener('keydown', onKey, true);
          removePrintSheet();
          stopPrintCopy();
          host.remove();
          unlock();
          win?.scrollTo({ left: saved.scrollX, top: saved.scrollY, behavior: 'instant' });
          const focus = saved.focus as HTMLElement | null;
          if (focus && focus !== doc.body && focus.isConnected && typeof focus.focus === 'function') {
            focus.focus({ preventScroll: true });
          } else if (doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body) {
            doc.activeElement.blur();
          }
        },
      };
    },
  };
}
