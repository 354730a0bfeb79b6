// Limits on what one extraction may cost (issue 18): a page of more elements than the limit is not read
// at all, and one that takes longer than the caller's time budget stops, both with the outcome "too
// large" instead of a tab frozen for seconds. The core keeps no clock: the caller passes one. Pages
// nested deeper than a parser would build (scripts can nest 20,000 levels) are read from a copy
// flattened as the HTML parser flattens, since recursive walks (jsdom's own cloneNode among them)
// overflow the stack on them.
import type { ExtractOutcome } from '../article';
import { protoDescriptor } from './named-properties';

export interface BudgetOptions {
  /** More elements than this and the page is too large to simplify (default 150,000; 0: no limit). */
  maxElements?: number;
  /** The caller's clock in milliseconds (performance.now in a page); without it there is no time budget. */
  now?: () => number;
  /** On the `now` clock: past it, extraction stops and says the page is too large. */
  deadline?: number;
}

/**
 * More elements than this and a page is too large to simplify. Past Readability's reach in a browser's
 * time budget anyway (measured: 100,000 elements read in about a second in Chromium); the time budget
 * is what cuts the slow pages under it. The classifier has the same limit (core/detect, a copy: one
 * shared module became a chunk of its own for the content script to fetch; a unit test keeps them equal).
 */
export const MAX_ELEMENTS = 150_000;
// Blink's parser stops nesting at 512 levels (kMaximumHTMLParserDOMTreeDepth) and puts deeper elements
// beside each other; the copy does the same, earlier: no walk goes deeper than this, and Readability's
// passes up and down the tree cost less (it spent 20 s in jsdom on 400 levels). Real pages stay far
// below (Lighthouse flags a depth over 32).
const MAX_DEPTH = 160;
// The clock is read once every so many calls into Readability: often enough to stop within a few
// milliseconds of the deadline, rarely enough to cost nothing.
const CALLS_PER_CHECK = 64;

/** Thrown to stop an extraction that is over its budget; turned into the outcome by tooLargeOutcome. */
export class TooLarge extends Error {
  constructor(why: string) {
    super(`This page is too large to simplify (${why}).`);
    this.name = 'TooLarge';
  }
}

export function tooLargeOutcome(error: TooLarge): ExtractOutcome {
  return { ok: false, reason: 'too-large', message: 'This page is too large to simplify.', detail: error.message };
}

type Step = (node: Node) => Node | null;
const getter = (target: object, name: string): Step => {
  const get = protoDescriptor(target, name).get!;
  return (node) => get.call(node) as Node | null;
};

export interface Budget {
  /** The page to read: the document itself, or its flattened copy when it is nested too deep. */
  page: Document;
  /** No root element (a document emptied by a script): nothing to read. */
  empty: boolean;
  /** Throws TooLarge once the deadline has passed. */
  check(): void;
  /** `reader` with every one of its methods checking the deadline now and then (Readability's run). */
  watch<T extends object>(reader: T): T;
}

/**
 * Measures `doc` (elements and depth, one walk with no recursion) and starts the budget; throws
 * TooLarge for a page with more elements than the limit.
 */
export function startBudget(doc: Document, options: BudgetOptions): Budget {
  const limit = options.maxElements ?? MAX_ELEMENTS;
  const { now, deadline } = options;
  const check = () => {
    if (now && deadline !== undefined && now() > deadline) throw new TooLarge('over the time budget');
  };
  const root = doc.documentElement;
  let deep = false;
  if (root) {
    const first = getter(root, 'firstElementChild');
    const next = getter(root, 'nextElementSibling');
    const parent = getter(root, 'parentElement');
    let count = 0;
    let depth = 0;
    for (let node: Node | null = root; node;) {
      if (++count > limit && limit > 0) throw new TooLarge(`more than ${limit} elements`);
      deep ||= depth > MAX_DEPTH;
      const child = first(node);
      if (child) {
        node = child;
        depth++;
        continue;
      }
      while (node && node !== root && !next(node)) {
        node = parent(node);
        depth--;
      }
      node = node && node !== root ? next(node) : null;
    }
  }
  check();
  return {
    page: deep ? flattenedCopy(doc) : doc,
    empty: !root,
    check,
    watch(reader) {
      if (!now || deadline === undefined) return reader;
      let calls = 0;
      const methods = reader as unknown as Record<string, unknown>;
      for (let proto = Object.getPrototypeOf(reader) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
        for (const name of Object.getOwnPropertyNames(proto)) {
          const method = methods[name];
          if (name === 'constructor' || typeof method !== 'function') continue;
          methods[name] = function watched(this: unknown, ...args: unknown[]) {
            if (++calls % CALLS_PER_CHECK === 0) check();
            return (method as (...a: unknown[]) => unknown).apply(this, args);
          };
        }
      }
      return reader;
    },
  };
}

/**
 * A copy of `doc` in which nodes deeper than MAX_DEPTH are placed beside each other at that depth, in
 * document order (as the HTML parser does past its own limit): same text, same order, shallow tree.
 * Built one node at a time with shallow clones, so no step recurses.
 */
export function flattenedCopy(doc: Document): Document {
  const clone = protoDescriptor(doc, 'cloneNode').value as (this: Node, deep: boolean) => Node;
  const append = protoDescriptor(doc, 'appendChild').value as (this: Node, child: Node) => Node;
  const first = getter(doc, 'firstChild');
  const next = getter(doc, 'nextSibling');
  const parent = getter(doc, 'parentNode');
  const copy = clone.call(doc, false) as Document;
  // parents[d]: the copy of the open node at depth d (the document is depth 0).
  const parents: Node[] = [copy];
  let depth = 1;
  for (let node = first(doc); node;) {
    const shallow = clone.call(node, false);
    append.call(parents[Math.min(depth, MAX_DEPTH) - 1]!, shallow);
    const child = first(node);
    if (child) {
      if (depth < MAX_DEPTH) parents[depth] = shallow;
      node = child;
      depth++;
      continue;
    }
    let at: Node | null = node;
    while (at && at !== doc && !next(at)) {
      at = parent(at);
      depth--;
    }
    node = at && at !== doc ? next(at) : null;
  }
  return copy;
}
