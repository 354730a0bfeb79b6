// What the view's layers (the Aa panel, the ⋯ menu) share: Escape closes the layer and goes no
// further (like EntityPanel: the view closes only when nothing is open), and a click outside closes it.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A keydown handler for a layer's element: Escape closes it, and the view never hears that key. */
export function closeOnEscape(open: boolean, close: () => void) {
  return (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  };
}

/** While `open`, a press anywhere outside `inside` (the layer and its button) calls `close`. */
export function useOutsideClick(open: boolean, inside: RefObject<HTMLElement | null>, close: () => void): void {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    const el = inside.current;
    if (!open || !el) return undefined;
    const doc = el.ownerDocument;
    const onDown = (event: Event) => {
      if (event.target instanceof doc.defaultView!.Node && el.contains(event.target)) return;
      latest.current();
    };
    doc.addEventListener('pointerdown', onDown, true);
    return () => doc.removeEventListener('pointerdown', onDown, true);
  }, [open, inside]);
}

/**
 * A focusout handler for a layer's element: the focus leaving for something outside it (Tab out of
 * the panel, the article clicked) closes it, so Escape never finds it open behind the focus.
 */
export function closeOnFocusLeaving(open: boolean, close: () => void) {
  return (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!open || !next || (event.currentTarget as Element).contains(next)) return;
    close();
  };
}
