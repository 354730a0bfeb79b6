// Putting removed blocks back in the rendered article, and taking them out again. Each block goes
// right after the hidden marker extraction left where it stood (core/declutter/markers.ts), in a
// wrapper that says it was put back; its HTML has been through core/sanitize like the article's.

import { REMOVED_MARKER, RESTORED_BLOCK as RESTORED } from '../../../core/declutter/markers';
import { htmlParserOf, inertFragment } from '../../../core/inert-html';

/** The wrapper of removal `index` in `body`, if it is shown. */
export const restoredBlock = (body: Element, index: number) => body.querySelector(`[${RESTORED}="${index}"]`);

/**
 * Shows removal `index` (its marker number `at`, its sanitized HTML) after its marker. Inside a
 * paragraph or other inline context the wrapper is a span, elsewhere a div. False when the marker is gone.
 */
export function showRemoved(body: Element, index: number, at: number, safeHtml: string): boolean {
  if (restoredBlock(body, index)) return true;
  const marker = body.querySelector(`[${REMOVED_MARKER}="${at}"]`);
  if (!marker) return false;
  const inline = marker.parentElement?.closest('p, li, h1, h2, h3, h4, h5, h6, td, th, figcaption, a, span') != null;
  const wrapper = body.ownerDocument.createElement(inline ? 'span' : 'div');
  wrapper.className = 'reader-restored';
  wrapper.setAttribute(RESTORED, String(index));
  wrapper.append(inertFragment(body.ownerDocument, safeHtml, htmlParserOf(body.ownerDocument)) ?? '');
  marker.after(wrapper);
  return true;
}

export function hideRemoved(body: Element, index: number): void {
  restoredBlock(body, index)?.remove();
}
