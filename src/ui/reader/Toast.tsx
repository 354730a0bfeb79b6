import { useEffect, useRef } from 'preact/hooks';

export interface ToastProps {
  /** What happened; while absent the toast shows nothing (its live region stays, empty). */
  text?: string;
  /** The one action offered (Undo), its visible name. */
  actionLabel: string;
  onAction: () => void;
}

/**
 * A short message at the bottom of the view with one action. It is a status live region, present
 * before its text arrives, so screen readers announce the text when it does. Its button takes the
 * focus as it appears (the menu item that led here has gone, and Enter then undoes at once); when the
 * toast goes, the focus goes back where it was.
 */
export function Toast({ text, actionLabel, onAction }: ToastProps) {
  const region = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const before = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const doc = region.current?.ownerDocument;
    if (!doc) return;
    if (text) {
      const active = doc.activeElement;
      if (active !== button.current) before.current = active instanceof HTMLElement ? active : null;
      button.current?.focus();
    } else if (before.current) {
      // The button has gone with the text; focus would otherwise fall back to the document's body.
      if (before.current.isConnected && (doc.activeElement === doc.body || doc.activeElement === null)) before.current.focus();
      before.current = null;
    }
  }, [text]);
  return (
    <div class="reader-toast" role="status" ref={region}>
      {text && <p>{text}</p>}
      {text && <button type="button" ref={button} class="reader-toast-action" onClick={onAction}>{actionLabel}</button>}
    </div>
  );
}
