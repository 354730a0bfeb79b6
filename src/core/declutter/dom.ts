// Small DOM measures the declutter rules share. Pure: they only read the nodes they are given.
import type { Removal } from '../article';
import type { RuleName } from './rule-names';
import { BLOCK_TAGS, GROUPING_TAGS, TABLE_CELL_TAGS, TABLE_SECTION_TAGS, tagSet } from '../text/block-tags';
import { childElements } from '../elements';

// A line of furniture can be any block down to a table's row or cell, or a button standing alone
// ("Share", "Load more"): a button is a block here, and only here.
const LINE_BLOCKS = tagSet(BLOCK_TAGS, GROUPING_TAGS, TABLE_SECTION_TAGS, ['tr'], TABLE_CELL_TAGS, ['button']);
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const STRUCTURAL = new Set(['html', 'head', 'body', 'main', 'article']);

export const isBlock = (el: Element) => LINE_BLOCKS.has(el.localName);

/** Removes an element from the page or article and records why (a pass's removal callback). */
export type Remove = (el: Element, rule: RuleName) => void;

/** Where an element stood when a pass took it out of the article: its parent and next sibling then. */
export interface Place {
  el: Element;
  parent: Node | null;
  next: Node | null;
}

/**
 * Records `el`'s removal (and, given `places`, where it stood, so a marker can take its place later)
 * and takes it out. `places` lines up with `removed` one to one.
 */
export function takeOut(el: Element, removal: Removal, removed: Removal[], places?: Place[]): void {
  removed.push(removal);
  places?.push({ el, parent: el.parentNode, next: el.nextSibling });
  el.remove();
}

/** Whitespace-collapsed text content, with image alt texts left out. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The words of a line of textOf's text (split at its single spaces). */
export const lineWords = (text: string) => text.split(' ').filter(Boolean);
/** A word without the punctuation around it, lower case: "(Reuters)," → "reuters". */
export const bareWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** The nearest block-level element holding `el` (itself when it is one). */
export function blockOf(el: Element): Element {
  let node: Element = el;
  while (!isBlock(node) && node.parentElement && !STRUCTURAL.has(node.parentElement.localName)) node = node.parentElement;
  return node;
}

export const hasInteractive = (el: Element) =>
  el.matches('a[href], button, input, select, textarea, form') || el.querySelector('a[href], button, input, select, textarea, form') !== null;

export function snippet(el: Element): string {
  const text = textOf(el);
  if (text) return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.');
  return `<${el.localName}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}>`;
}

/**
 * A table's cell is data, never a line of furniture: taking one out shifts the rest of its row ("37% /
 * 40%" read as a share count, a column of store links read as a menu). Blocks inside a cell still count.
 */
const CELLS = tagSet(TABLE_CELL_TAGS);

/** Leaf blocks (blocks holding no other block) with text, in document order; table cells left out. */
export function leafBlocks(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => isBlock(el) && !CELLS.has(el.localName) && !childElements(el).some(isBlock) && textOf(el) !== '');
}

/**
 * Lines of an article: its leaf blocks, plus inline elements standing loose between blocks
 * (`<div><h2>…</h2><span>Updated <time>…</time></span><p>…</p></div>`), which read as lines too.
 */
export function lines(root: Element): Element[] {
  // The text last: read for every element, it made the test cost the article's text times its depth.
  return [...root.querySelectorAll('*')].filter((el) => {
    if (isBlock(el)) return !CELLS.has(el.localName) && !childElements(el).some(isBlock) && textOf(el) !== '';
    const parent = el.parentElement;
    return parent !== null && childElements(parent).some(isBlock) && !el.closest('p, li, td, th, h1, h2, h3, h4, h5, h6') && textOf(el) !== '';
  });
}
