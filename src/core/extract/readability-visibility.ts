// Readability asks of every element whether it is probably visible, and its check reads `node.style`,
// which makes a CSSStyleDeclaration for each element: the largest single cost of one parse on a page
// of 100,000 elements (191 of 986 ms in Chromium, CPU profile). An element without a style attribute
// has an empty inline style, so only elements that have one need Readability's own check; for the rest
// the same answer comes from attributes alone.

type Visibility = (this: unknown, node: Element) => boolean;

/** Readability's `_isProbablyVisible` for elements without a style attribute: its attribute tests. */
export function visibleWithoutInlineStyle(node: Element): boolean {
  if (node.hasAttribute('hidden')) return false;
  // Wikimedia's math images are aria-hidden, with this class on the visible fallback.
  const className: unknown = node.className;
  return node.getAttribute('aria-hidden') !== 'true' || (typeof className === 'string' && className.includes('fallback-image'));
}

/**
 * Gives `reader` (a Readability instance) the cheaper visibility check; Readability's own one still
 * decides for elements with a style attribute. Returns false, changing nothing, when the instance has
 * no such method (a Readability that renamed it: the unit test says so).
 */
export function cheaperVisibility(reader: object): boolean {
  const target = reader as { _isProbablyVisible?: Visibility };
  const own = target._isProbablyVisible;
  if (typeof own !== 'function') return false;
  target._isProbablyVisible = function (this: unknown, node: Element) {
    return node.hasAttribute('style') ? own.call(this, node) : visibleWithoutInlineStyle(node);
  };
  return true;
}
