import type { Removal } from '../article';
import {
  blockOf, HEADING_TAGS, hasInteractive, isBlock, linkDensity, snippet, STRUCTURAL, takeOut, textOf, type Place, type Remove,
} from './dom';
import { countWords } from '../text/words';
import { isAdLabel, isPhrase, splitRelatedLead, startsWithPhrase } from './phrases';
import { normPhrase, type MergedRules } from './rules';
import type { RuleName } from './rule-names';
import { removeSection } from './sections';
import { isTagList } from './lang-lines';

// Text rules, the same before Readability (on the page) and after it (on the article). A rule
// removes a block only when the whole block is clutter: a short block holding nothing but a
// clutter phrase, a "lead: link" line, a heading of a section of links, or a short prompt box.
// Prose that merely contains such words is never touched (mozilla/readability#807, Just-Read#12).

const MAX_LABEL_CHARS = 400;
/** Raw text (whitespace not yet collapsed) longer than this cannot collapse to a label. */
const MAX_RAW_CHARS = 1000;
const PROMPT_MAX_WORDS = 40;
const BOX_MAX_WORDS = 90;
const RELATED_MIN_LINK_SHARE = 0.6;


export function applyTextRules(root: Element | Document, rules: MergedRules, pass: Removal['pass'], places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const scope: Node = root;
  const remove: Remove = (el, rule) => {
    if (!scope.contains(el) || el === root) return;
    takeOut(el, { rule, snippet: snippet(el), pass }, removed, places);
  };
  const lengths = rawTextLengths(root);
  for (const el of [...root.querySelectorAll('*')]) {
    // Cheap first test: long raw text cannot be a label (textContent on every element costs O(n·depth)).
    const raw = lengths.get(el) ?? 0;
    if (el.localName !== 'img' && (raw === 0 || raw > MAX_RAW_CHARS)) continue;
    if (!scope.contains(el) || STRUCTURAL.has(el.localName)) continue;
    if (el.localName === 'img') {
      imageRule(el, rules, remove);
      continue;
    }
    const text = textOf(el);
    if (!text || text.length > MAX_LABEL_CHARS) continue;
    // Rules judge a whole block: an inline element counts only when it is all its block holds.
    const block = isBlock(el) ? el : blockOf(el);
    // Raw lengths first: comparing texts of a big ancestor for every small element is O(n²).
    const mayBeSame = (other: Element) => (lengths.get(other) ?? 0) <= raw * 2 + 200;
    if (block !== el && (!mayBeSame(block) || textOf(block) !== text)) {
      // The one exception: a share label inline in its bar ("Share this" + icons) takes the bar.
      if (isPhrase(text, rules.phrases.shareLabels) && isBar(block)) remove(block, 'share-label');
      continue;
    }
    let target = block;
    while (target.parentElement && target.parentElement !== root && !STRUCTURAL.has(target.parentElement.localName) &&
      mayBeSame(target.parentElement) && textOf(target.parentElement) === text) target = target.parentElement;
    if (ruleFor(target, text, rules, remove)) continue;
  }
  return removed;
}

function ruleFor(el: Element, text: string, rules: MergedRules, remove: Remove): boolean {
  const { phrases } = rules;
  if (isAdLabel(text, rules)) return removeAs(el, 'ad-label', remove);
  if (isPhrase(text, phrases.continueReading) && (el.matches('a, button') || el.querySelector('a, button') || isBlock(el))) {
    return removeAs(el, 'continue-reading', remove);
  }
  if (isPhrase(text, phrases.shareLabels)) return removeAs(shareBar(el), 'share-label', remove);
  if (isPhrase(text, phrases.bylineFragments)) return removeAs(el, 'byline-fragment', remove);
  // "Tags: <links>" goes whole; a bare "Tagi" label goes with the list of links under it.
  if (isTagList(el, text, rules)) return removeAs(el, 'related-link', remove);
  if (isPhrase(text, phrases.tagLabels) && removeSection(el, 'related-list', remove)) return true;
  const related = splitRelatedLead(text, rules) ?? splitAtBreak(el, rules);
  if (related && related.rest && linkShare(el, related.rest) >= RELATED_MIN_LINK_SHARE) return removeAs(el, 'related-link', remove);
  if ((related && !related.rest) || isPhrase(text, phrases.relatedLeads) || isPhrase(text, phrases.sectionHeadings)) {
    return removeSection(el, phrases.sectionHeadings.has(normPhrase(text)) ? 'section' : 'related-list', remove);
  }
  // "More from U.S.", "Most read in Sport": a heading that starts like a section heading, when links follow.
  const startsLikeSection = startsWithPhrase(text, phrases.sectionHeadings) || startsWithPhrase(text, phrases.relatedLeads);
  if (HEADING_TAGS.has(el.localName) && startsLikeSection && removeSection(el, 'related-list', remove)) return true;
  if (countWords(text) <= PROMPT_MAX_WORDS && startsWithPhrase(text, phrases.prompts)) {
    const box = promptBox(el);
    if (hasInteractive(box) || HEADING_TAGS.has(el.localName)) return removeAs(box, 'prompt', remove);
  }
  return false;
}

function removeAs(el: Element, rule: RuleName, remove: Remove): true {
  remove(el, rule);
  return true;
}

/** "Tags<br><a>…</a>, <a>…</a>": a lead on a line of its own, ended by <br> instead of a colon. */
function splitAtBreak(el: Element, rules: MergedRules): { lead: string; rest: string } | null {
  // One walk, no query: every short block of the page comes here.
  let lead = '';
  let rest = '';
  let seen = false;
  const walk = (node: Node) => {
    if (!seen && node.nodeType === 1 && (node as Element).localName === 'br') seen = true;
    else if (node.nodeType === 3) {
      if (seen) rest += (node as Text).data;
      else lead += (node as Text).data;
    } else for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(el);
  if (!seen) return null;
  const norm = normPhrase(lead);
  if (!rules.phrases.relatedLeads.has(norm) && !rules.phrases.sectionHeadings.has(norm)) return null;
  return { lead: norm, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** How much of `rest` is link text inside `el`. */
function linkShare(el: Element, rest: string): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return rest.length ? Math.min(1, linked / rest.length) : 0;
}

/** A short run of links and buttons: a share or follow bar. */
function isBar(el: Element): boolean {
  return !STRUCTURAL.has(el.localName) && countWords(textOf(el)) <= 30 &&
    (linkDensity(el) >= 0.5 || el.querySelectorAll('a[href], button').length >= 2);
}

/** A label of a share bar takes the bar with it. */
function shareBar(el: Element): Element {
  const parent = el.parentElement;
  return parent && isBar(parent) ? parent : el;
}

/** The box a prompt sits in: climbs while the ancestors hold little more than the prompt. */
function promptBox(el: Element): Element {
  let box = el;
  while (box.parentElement && !STRUCTURAL.has(box.parentElement.localName) && countWords(textOf(box.parentElement)) <= BOX_MAX_WORDS) {
    box = box.parentElement;
  }
  return box;
}

function imageRule(img: Element, rules: MergedRules, remove: Remove): void {
  const alt = img.getAttribute('alt') ?? '';
  const cls = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`.toLowerCase();
  if (!(alt && rules.imageAlts.has(normPhrase(alt))) && !/\b(avatar|gravatar)\b/.test(cls)) return;
  // Take an avatar's wrapping link or span with it when they hold nothing else.
  let target: Element = img;
  while (target.parentElement && !STRUCTURAL.has(target.parentElement.localName) && !textOf(target.parentElement) && target.parentElement.childElementCount === 1) {
    target = target.parentElement;
  }
  remove(target, 'avatar');
}

/** Raw text length of every element under `root`, in one bottom-up pass. */
function rawTextLengths(root: Element | Document): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (node: Node): number => {
    if (node.nodeType === 3) return (node as Text).data.length;
    let total = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) total += visit(child);
    if (node.nodeType === 1) lengths.set(node as Element, total);
    return total;
  };
  visit(root);
  return lengths;
}
