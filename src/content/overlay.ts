// The full-viewport iframe that shows reader.html over the page, and everything needed to leave
// the page exactly as it was: DOM (serialized), scroll position and focus.

export interface Overlay {
  unmount(): void;
}

const HOST_TAG = 'sift-reader-overlay';
const HOST_STYLE = [
  'all: initial', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'display: block',
  'width: 100vw', 'height: 100vh', 'margin: 0', 'padding: 0', 'border: 0',
].map((rule) => `${rule} !important`).join('; ');
const FRAME_STYLE = 'border: 0; width: 100%; height: 100%; display: block; background: transparent; color-scheme: normal;';
const LOCK = 'overflow: hidden !important;';

/** An overlay whose frame is already loading but that is not shown yet: show it, or discard it. */
export interface PendingOverlay {
  show(): Overlay;
  /** Takes the frame away again; the page was never changed otherwise. */
  discard(): void;
}

/**
 * Starts loading `src` in the overlay's frame (in the extension's own process, in parallel with
 * whatever this page does next) without touching anything else of the page: no scroll lock, no
 * focus change, no key listener until show(). Call show() or discard() in the same task, so that
 * nothing is painted in between.
 */
export function prepareOverlay(doc: Document, src: string, onEscape: () => void): PendingOverlay {
  const win = doc.defaultView;
  const root = doc.documentElement;
  const saved = {
    scrollX: win?.scrollX ?? 0,
    scrollY: win?.scrollY ?? 0,
    focus: doc.activeElement,
    // Restored from the attribute value, not through el.style: Chromium leaves style="" behind.
    rootStyle: root.getAttribute('style'),
  };

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  // Closed shadow root: page scripts and page CSS cannot reach the frame.
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', FRAME_STYLE);
  frame.setAttribute('title', 'Sift Reader');
  frame.setAttribute('allow', '');
  frame.src = src;
  shadow.append(frame);
  root.append(host);

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
    show() {
      settle();
      // The page underneath must not scroll while the view is open.
      root.setAttribute('style', `${saved.rootStyle ? `${saved.rootStyle.trim().replace(/;?$/, ';')} ` : ''}${LOCK}`);
      frame.addEventListener('load', () => frame.focus(), { once: true });
      frame.focus();

      // Escape pressed while focus is still in the page (the reader page handles its own).
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onEscape();
        }
      };
      win?.addEventListener('keydown', onKey, true);

      return {
        unmount() {
          win?.removeEventListener('keydown', onKey, true);
          host.remove();
          if (saved.rootStyle === null) root.removeAttribute('style');
          else root.setAttribute('style', saved.rootStyle);
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
