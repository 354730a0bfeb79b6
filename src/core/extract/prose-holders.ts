// Readability's first pass drops every element whose class or id reads "unlikely" (footer, sidebar,
// related, menu, comment…) unless it also reads "maybe" (article, content, main…), with all it holds, and
// only tries again without that rule when what is left is under its minimum (500 characters). A layout
// class such as "full-width-template-with-sidebar" on the <article> that holds a whole guide removes the
// guide, and the page's footer disclaimer, long enough, comes out as the article. An element that holds
// most of the page's prose is not an unlikely candidate, whatever its class says: the words that would
// drop it are taken off it (class tokens; an id that reads so), so that it is scored like any other.

import { textOf } from '../declutter/dom';
import { visibleWithoutInlineStyle } from './readability-visibility';
import { elementsByTag } from '../elements';

export interface UnlikelyPatterns {
  unlikely: RegExp;
  maybe: RegExp;
}

/** A paragraph of prose: long enough to be one, and not mostly links. */
const MIN_PARAGRAPH = 80;
const MAX_LINK_SHARE = 0.3;
/** Below this much prose on the whole page there is nothing to protect (and no large loss to fear). */
const MIN_PAGE_PROSE = 1000;
/** An element holds "most of the page's prose" from this share on. */
const MOST = 0.5;
/** Readers' comments can outweigh a short post; a thread is never the article, so it keeps its class. */
const READERS_THREAD = /^(?:comments?|disqus|replies|remarks?|shoutbox)(?:[-_]|$)/i;

const squashed = (node: Node) => textOf(node).length;

/** Readability's own two patterns, read off an instance; null when it has none (a renamed field). */
export function readabilityPatterns(reader: object): UnlikelyPatterns | null {
  const regexps = (reader as { REGEXPS?: { unlikelyCandidates?: unknown; okMaybeItsACandidate?: unknown } }).REGEXPS;
  const unlikely = regexps?.unlikelyCandidates;
  const maybe = regexps?.okMaybeItsACandidate;
  return unlikely instanceof RegExp && maybe instanceof RegExp ? { unlikely, maybe } : null;
}

/** The characters of prose (paragraphs long enough, not mostly links) under `root`. */
export function proseLength(root: Element): number {
  let total = 0;
  for (const p of elementsByTag(root, 'p')) total += proseOf(p);
  return total;
}

function proseOf(p: Element): number {
  // Readability turns a box of inline content into a <p>, also one that holds paragraphs: count each once.
  if (p.querySelector('p')) return 0;
  const length = squashed(p);
  if (length < MIN_PARAGRAPH) return 0;
  const links = elementsByTag(p, 'a').reduce((n, a) => n + squashed(a), 0);
  return links > length * MAX_LINK_SHARE ? 0 : length;
}

/** The prose on a page: its characters in all, and those inside each element below <body>. */
export interface ProseSurvey {
  total: number;
  held: Map<Element, number>;
}

export function surveyProse(doc: Document): ProseSurvey {
  const held = new Map<Element, number>();
  let total = 0;
  const body = doc.body;
  if (!body) return { total, held };
  for (const p of elementsByTag(body, 'p')) {
    const length = proseOf(p);
    if (!length || isHidden(p)) continue;
    const ancestors: Element[] = [];
    for (let up = p.parentElement; up && up !== body; up = up.parentElement) ancestors.push(up);
    // What the page hides is not its prose (Readability leaves it out too).
    if (ancestors.some(isHidden)) continue;
    total += length;
    for (const up of ancestors) held.set(up, (held.get(up) ?? 0) + length);
  }
  return { total, held };
}

/** Hidden by an attribute or an inline style, as Readability's own visibility test reads it. */
export function isHidden(element: Element): boolean {
  if (!visibleWithoutInlineStyle(element)) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Takes the "unlikely" words off the elements that hold most of the page's prose. */
export function keepProseHolders({ total, held }: ProseSurvey, patterns: UnlikelyPatterns | null): void {
  if (total < MIN_PAGE_PROSE || !patterns) return;
  for (const [element, length] of held) {
    if (length >= total * MOST && reads(element, patterns) && !readersThread(element)) clear(element, patterns);
  }
}

function reads(element: Element, { unlikely, maybe }: UnlikelyPatterns): boolean {
  const text = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return unlikely.test(text) && !maybe.test(text);
}

function readersThread(element: Element): boolean {
  const words = [...(element.getAttribute('class') ?? '').split(/\s+/), element.id];
  return words.some((word) => READERS_THREAD.test(word));
}

function clear(element: Element, patterns: UnlikelyPatterns): void {
  const tokens = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const kept = tokens.filter((token) => !patterns.unlikely.test(token));
  if (kept.length !== tokens.length) element.setAttribute('class', kept.join(' '));
  if (patterns.unlikely.test(element.id)) element.removeAttribute('id');
  if (reads(element, patterns)) element.removeAttribute('class');
}
