// Tab and Shift+Tab stay inside the reading view. The view is a frame over the page: past its last
// control the browser would move focus on into the page underneath, which is hidden and must not be
// used. So at either end focus wraps round to the other end; anywhere else the browser's own order is
// kept. Inside an open modal dialog (aria-modal) the same happens at the dialog's ends.

const FOCUSABLE = [
  'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'iframe', 'summary',
  'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
].join(', ');

/** Whether the element is drawn (not display:none, not in a hidden or inert subtree). */
function shown(el: HTMLElement): boolean {
  if (el.closest('[hidden], [inert]')) return false;
  const check = (el as HTMLElement & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : el.getClientRects().length > 0;
}

/** The controls Tab stops at inside `root`, in document order. */
export function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && shown(el));
}

/** The layer Tab cycles in: the open modal dialog if there is one, else the whole document. */
export function trapRoot(doc: Document): ParentNode {
  const dialogs = doc.querySelectorAll<HTMLElement>('[aria-modal="true"]');
  return [...dialogs].reverse().find(shown) ?? doc;
}

/**
 * Where Tab (or Shift+Tab, `backwards`) must go instead of where the browser would take it: the
 * first (last) stop when focus is at the last (first) stop or outside `root`, else null (the
 * browser's own move stays inside).
 */
export function wrapTarget(stops: HTMLElement[], active: Element | null, root: ParentNode, backwards: boolean): HTMLElement | null {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return null;
  const edge = backwards ? last : first;
  if (!active || !root.contains(active)) return edge;
  const ahead = backwards ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  // A stop that contains the focused element (a link around a focused mark) precedes it, but going
  // back from inside it lands on it, so it counts as ahead for Shift+Tab and not for Tab.
  const more = stops.some((stop) => stop !== active && (active.compareDocumentPosition(stop) & ahead) !== 0
    && (backwards || !stop.contains(active)));
  return more ? null : edge;
}

/** Handles a Tab keydown: wraps focus at the ends of the view (or of its open dialog). */
export function trapTab(event: KeyboardEvent, doc: Document): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const root = trapRoot(doc);
  const target = wrapTarget(tabStops(root), doc.activeElement, root, event.shiftKey);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
