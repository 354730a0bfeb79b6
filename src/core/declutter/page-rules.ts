import type { Removal } from '../article';
import { snippet, STRUCTURAL, takeOut, textOf, type Place } from './dom';
import { countWords } from '../text/words';
import type { MergedRules } from './rules';
import type { RuleName } from './rule-names';

// Markup rules, before Readability only (its output has no classes left): ad tags, ad-slot
// attributes, ad iframes, and elements whose class or id names them as clutter while holding
// little prose. One TreeWalker pass: under jsdom, CSS attribute selectors cost more than all of it.

/** Above this many words outside links, markup alone never removes an element. */
const MAX_PROSE_WORDS = 25;
/** A standfirst (or an embedded post) runs to a few sentences; more is body text whatever its class says. */
const MAX_HEADER_PART_WORDS = 80;

/** Words of a class or id: "td-post-sharing" → td, post, sharing; "adSlot" → ad, slot. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Longer than this, an element holds far more than 25 words of prose or links: skip the count. */
const MAX_CHARS_TO_COUNT = 3000;

function proseWords(el: Element): number {
  if ((el.textContent ?? '').length > MAX_CHARS_TO_COUNT) return Infinity;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += countWords(textOf(a));
  return countWords(textOf(el)) - linked;
}

function iframeHost(el: Element): string {
  try {
    return new URL(el.getAttribute('src') ?? '', 'https://invalid.invalid/').hostname;
  } catch {
    return '';
  }
}

/** Why markup marks `el` as clutter, or null. `words` caches the words of each class-and-id string. */
function markupRule(el: Element, rules: MergedRules, words: Map<string, string[]>): RuleName | null {
  if (rules.tags.has(el.localName)) return `tag:${el.localName}`;
  // Most elements carry no attribute at all, or only a class: skip the ad-attribute lookups for them.
  if (el.attributes.length > 1 || (el.attributes.length === 1 && !el.hasAttribute('class'))) {
    const attribute = rules.attributes.find((name) => el.hasAttribute(name));
    if (attribute) return `attribute:${attribute}`;
  }
  if (el.localName === 'iframe') {
    const host = iframeHost(el);
    const ad = rules.iframeHosts.find((h) => host === h || host.endsWith(`.${h}`));
    if (ad) return `iframe:${ad}`;
  }
  const id = el.getAttribute('id') ?? '';
  const names = `${el.getAttribute('class') ?? ''} ${id}`;
  if (names.length > 1) {
    const embed = (el.getAttribute('class') ?? '').split(/\s+/).find((c) => rules.embedClasses.has(c));
    if (embed) return `embed:${embed}`;
    let ws = words.get(names);
    if (!ws) words.set(names, (ws = nameWords(names)));
    const hit = ws.find((w) => rules.classWords.has(w));
    if (hit && !isTextSlug(id, hit, el)) return `class:${hit}`;
    const hover = ws.find((w) => rules.hoverCardWords.has(w));
    if (hover && isHoverCard(el)) return `hovercard:${hover}`;
    const header = ws.find((w) => rules.headerClassWords.has(w));
    if (header) return `header:${header}`;
  }
  return null;
}

/**
 * An id made from the element's own words (`<h2 id="h-how-to-use-social-shopping">How to Use Social
 * Shopping</h2>`, as CMSs give headings for anchors) names its text, not its role: a class word found only
 * there says nothing. Read only on such a hit, so the text of big containers is rarely taken.
 */
function isTextSlug(id: string, hit: string, el: Element): boolean {
  if (!id || nameWords(el.getAttribute('class') ?? '').includes(hit)) return false;
  const text = (el.textContent ?? '').slice(0, 400).toLowerCase();
  const own = new Set(text.split(/[^\p{L}\p{N}]+/u));
  const idWords = nameWords(id).filter((w) => w.length > 2);
  return idWords.length >= 2 && idWords.every((w) => own.has(w));
}

/**
 * A hover card sits right after the link that opens it and repeats that link's text (the name) or
 * shows a picture: `<a>Jane Doe</a><span class="person-card"><img><a>Jane Doe</a>…`.
 * The link itself, classed alike, stays: it is part of the sentence.
 */
function isHoverCard(el: Element): boolean {
  const trigger = el.previousElementSibling;
  if (trigger?.localName !== 'a' || el.querySelector('p')) return false;
  const name = textOf(trigger);
  return el.querySelector('img') !== null || (name !== '' && textOf(el).startsWith(name));
}

export function applyMarkupRules(doc: Document, rules: MergedRules, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  const hits: [Element, RuleName][] = [];
  const words = new Map<string, string[]>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (STRUCTURAL.has(el.localName)) continue;
    const rule = markupRule(el, rules, words);
    if (rule) hits.push([el, rule]);
  }
  for (const [el, rule] of hits) {
    if (!el.isConnected || proseWords(el) > (/^(?:header|embed|hovercard):/.test(rule) ? MAX_HEADER_PART_WORDS : MAX_PROSE_WORDS)) continue;
    takeOut(el, { rule, snippet: snippet(el), pass: 'page' }, removed, places);
  }
  return removed;
}
