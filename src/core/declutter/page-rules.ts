import type { Removal } from '../article';
import { snippet, STRUCTURAL, textOf, wordCount } from './dom';
import type { MergedRules } from './rules';

// Markup rules, before Readability only (its output has no classes left): known ad and consent
// selectors, and elements whose class or id names them as clutter while holding little prose.

/** Above this many words outside links, a class name alone never removes an element. */
const MAX_PROSE_WORDS = 25;

/** Words of a class or id: "td-post-sharing" → td, post, sharing; "adSlot" → ad, slot. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function proseWords(el: Element): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += wordCount(textOf(a));
  return wordCount(textOf(el)) - linked;
}

export function applyMarkupRules(doc: Document, rules: MergedRules): Removal[] {
  const removed: Removal[] = [];
  const remove = (el: Element, rule: string) => {
    if (!el.isConnected || STRUCTURAL.has(el.localName)) return;
    removed.push({ rule, snippet: snippet(el), pass: 'page' });
    el.remove();
  };
  for (const selector of rules.selectors) {
    let matches: Element[] = [];
    try {
      matches = [...doc.querySelectorAll(selector)];
    } catch {
      continue; // a selector this DOM does not support is skipped, never fatal
    }
    for (const el of matches) if (proseWords(el) <= MAX_PROSE_WORDS) remove(el, `selector:${selector}`);
  }
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected || STRUCTURAL.has(el.localName)) continue;
    const words = nameWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    const hit = words.find((w) => rules.classWords.has(w));
    if (hit && proseWords(el) <= MAX_PROSE_WORDS) remove(el, `class:${hit}`);
  }
  return removed;
}
