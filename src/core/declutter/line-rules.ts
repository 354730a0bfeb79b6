import type { Removal } from '../article';
import { bareWord, HEADING_TAGS, lines, lineWords, linkDensity, snippet, takeOut, textOf, type Place } from './dom';
import { startsWithPhrase } from './phrases';
import { isCaptionCredit, isCjkByline, isFactsLine, languageShareWords, SENTENCE_END, UNSPACED } from './lang-lines';
import { dateLinesOf } from './date-lines';
import { isLeakedMarkup, loneCounts } from './leaked-lines';
import { takeDateline } from './dateline';
import { isPublisherBoilerplate, publisherNames } from './publisher-lines';
import { authorsOf, isAuthorBio, isBylineRepeat, isClosingPrompt } from './author-lines';
import { normPhrase, type MergedRules } from './rules';
import type { RuleName } from './rule-names';
import { everyLanguage, wordsOf } from '../text/word-lists';

// Rules for single lines of Readability's output that are page furniture, not story: share-button
// rows, date and byline lines, photo credits and captions, all-caps promo links, and the headline
// printed again at the top. Each needs a short line with the furniture's shape; prose is longer
// and ends like a sentence. The words of the patterns below are the language files' (WordLists).

/** "The Associated Press contributed to this report." */
const CONTRIBUTED = new RegExp(`\\b(?:${wordsOf('contributedLines')})\\.?$`, 'i');
/** "Image 3 of 10", "Foto 2 dari 8", "Bild 4 / von 12". */
const GALLERY_COUNTER = new RegExp(`^(?:${wordsOf('galleryWords')})\\s+\\d+\\s+(?:${wordsOf('galleryOf')})\\s*\\/?\\s*\\d+$`, 'i');
/** "Image copyright AFP", "(Photos courtesy of …". */
const CREDIT_LEAD = new RegExp(`^\\(?(?:${wordsOf('creditLeadWords')})s?\\s+(?:${wordsOf('creditLeadKinds')})\\b`, 'i');
/** "© 2024 The Daily Star", "Copyright 2019 …", "All rights reserved". */
const COPYRIGHT_LINE = new RegExp(`(?:©|\\b(?:${wordsOf('copyrightWords')})\\b).*\\b\\d{4}\\b|\\b(?:${wordsOf('rightsReserved')})\\b`, 'i');
/** A bracketed caption credit names a picture or its source: "(Image: GETTY)", "(AP Photo/Alan Diaz, File)". */
const CREDIT_CAPTION = new RegExp(`\\b(?:${wordsOf('creditCaptionWords')})\\b`, 'i');

/** The lines at the top of an article where a dateline may open the first paragraph. */
const DATELINE_LINES = 4;


/**
 * "Share Facebook Twitter 12": 2 to 12 words, each a share word or a count, at least one a share word
 * (a price range, "$89 - $249+", is counts alone: a table's cell, not a share bar).
 */
function isShareLine(text: string, rules: MergedRules): boolean {
  // Word by word, stopping at the first that is not one: every line of the article comes here, and
  // a paragraph stops at its first word (a page's first extraction runs unoptimised code).
  let count = 0;
  let named = false;
  for (const word of lineWords(text)) {
    const w = bareWord(word);
    if (!w) continue;
    if (++count > 12) return false;
    if (/^\d+$/.test(w)) continue;
    if (!(rules.shareWords.has(w) || languageShareWords(rules).has(w))) return false;
    named = true;
  }
  return count >= 2 && named;
}

/** Words that join or sit inside names: "and" in many languages, "van der", "dela", "bin" (lower case). */
const NAME_LINKS = new Set(everyLanguage('nameLinks'));

/** "By Scott Gordon", "Written by Cassidy Horton", "Oleh Redaksi", "بقلم محمد علي", "Por g1": a byline standing alone. */
function isBylineLine(text: string, rules: MergedRules): boolean {
  const ws = lineWords(text);
  if (SENTENCE_END.test(text)) return false;
  if (UNSPACED.test(text) || /[\p{sc=Hangul}]/u.test(text)) return isCjkByline(text, ws, rules);
  if (ws.length < 2 || ws.length > 6) return false;
  // The label is one word or two ("By", "Written by"); the rest is the name.
  const fragments = rules.phrases.bylineFragments;
  const label = fragments.has(normPhrase(ws[0]!)) ? 1 : ws.length > 2 && fragments.has(normPhrase(`${ws[0]} ${ws[1]}`)) ? 2 : 0;
  return label > 0 &&
    ws.slice(label).every((w) => /^[\p{Lu}\p{Lo}&—–-]/u.test(w) || /\d/.test(w) || NAME_LINKS.has(w.toLowerCase()));
}

function isCredit(text: string, rules: MergedRules): boolean {
  const ws = lineWords(text);
  if (isCaptionCredit(text, rules)) return true;
  if (GALLERY_COUNTER.test(text)) return true;
  if (ws.length <= 40 && text.startsWith('©')) return true;
  if (ws.length <= 15 && CREDIT_LEAD.test(text)) return true;
  if (ws.length <= 25 && COPYRIGHT_LINE.test(text)) return true;
  const first = bareWord(ws[0] ?? '');
  if (ws.length <= 15 && rules.creditWords.has(first) && /^\(?[^\s:]+(?:\s+credit)?\s*:/i.test(text)) return true;
  // "Natalie Naccache | Bloomberg | Getty Images": names and agencies, no sentence.
  if (ws.length <= 10 && /[|/]/.test(text) && !SENTENCE_END.test(text) && ws.map(bareWord).some((w) => rules.creditWords.has(w))) return true;
  // A caption that ends with its credit: "… identities (Image: GETTY)", "(AP Photo/Alan Diaz, File)".
  const paren = /\(([^()]{2,80})\)\s*$/.exec(text);
  if (!paren || ws.length > 60) return false;
  const inner = lineWords(paren[1]!).map(bareWord);
  return inner.some((w) => rules.creditWords.has(w)) && CREDIT_CAPTION.test(paren[1]!);
}

function isCapsPromo(el: Element, text: string): boolean {
  // A lowercase letter settles it at once (most lines have one within a few characters). A numbered
  // heading ("1. CANON EOS R6 MARK II", linked to a shop) is an item of the story's list.
  if (/\p{Ll}/u.test(text) || (HEADING_TAGS.has(el.localName) && NUMBERED.test(text))) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return lineWords(text).length >= 3 && letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && linkDensity(el) >= 0.5;
}

/** "You may also like" or "More from U.S." as the very last line: its list was taken already. */
function isDanglingLabel(el: Element, text: string, rules: MergedRules): boolean {
  const { relatedLeads, sectionHeadings } = rules.phrases;
  if (relatedLeads.has(normPhrase(text)) || sectionHeadings.has(normPhrase(text))) return true;
  return /^h[2-6]$/.test(el.localName) && lineWords(text).length <= 6 && startsWithPhrase(text, sectionHeadings);
}

const inTableOrList = (el: Element) => el.closest('table, li') !== null;

/** A trail of links that starts at the site's home: "Home › News › …", or its "Home" link alone. */
function isBreadcrumb(el: Element, text: string, rules: MergedRules): boolean {
  // "Notícias » Economia » Juros sobem…": two or more trail separators between links.
  if ((text.match(/\s[»›>]\s/g) ?? []).length >= 2 && lineWords(text).length <= 20 && linkDensity(el) >= 0.4) return true;
  const first = el.querySelector('a');
  if (!first || !rules.breadcrumbHomes.has(normPhrase(textOf(first))) || linkDensity(el) < 0.5) return false;
  return el.querySelectorAll('a').length >= 2 || normPhrase(text) === normPhrase(textOf(first));
}

/** "(Reporting by Ana Ribeiro; Editing by Mark Delaney)": the wire's sign-off. */
function isSignoff(text: string, rules: MergedRules): boolean {
  if (lineWords(text).length > 40) return false;
  // "The Associated Press contributed to this report."
  if (lineWords(text).length <= 25 && CONTRIBUTED.test(text)) return true;
  const start = normPhrase(text.replace(/^\(/, '')).split(' ').slice(0, 3);
  return [1, 2, 3].some((n) => rules.signoffLeads.has(start.slice(0, n).join(' ')));
}

const NUMBERED = /^\d{1,3}[.)]\s/;

const isUrlLine = (text: string) => /^https?:\/\/\S+$/.test(text);

/** What the page says about itself, to recognise its header printed again inside the body. */
export interface ArticleFacts {
  /** The headline. */
  title?: string;
  /** The page's description (og:description), which sites print under the headline as the dek. */
  standfirst?: string;
  /** The byline ("Ana Ribeiro, Tomás Quiroga"). */
  byline?: string;
  /** The page's address. */
  url?: string;
  /** The site's name ("Ascom", "Reuters"). */
  siteName?: string;
}

/** How many lines at the start and at the end of an article count as its head and tail. */
// Far above any line a rule takes (a share row, a byline, a credit, a prompt of a few sentences, an
// 80-word author bio): the rules' regexes and word splits over a 2 MB paragraph took a second in
// Chromium (CPU profile), half of it garbage collection.
const LONGEST_RULED_LINE = 3000;
const HEAD_LINES = 3;
const TAIL_LINES = 5;
export function applyLineRules(root: Element, rules: MergedRules, facts: ArticleFacts = {}, places?: Place[]): Removal[] {
  const removed: Removal[] = [];
  const normTitle = normPhrase(facts.title ?? '');
  const normDek = normPhrase(facts.standfirst ?? '');
  const { authors, givenNames } = authorsOf(facts.byline ?? '');
  const publishers = publisherNames(facts.siteName, facts.url);
  const all = lines(root);
  const isPageDate = dateLinesOf(all, rules, inTableOrList);
  const counts = loneCounts(all, inTableOrList);
  all.forEach((block, index) => {
    if (!root.contains(block)) return; // Readability's output is detached: isConnected is always false
    // Every rule here is for a short line; a longer one is prose, only its dateline is looked at.
    if ((block.textContent?.length ?? 0) > LONGEST_RULED_LINE) {
      if (index < DATELINE_LINES) takeDateline(block, rules, removed, places);
      return;
    }
    const text = textOf(block);
    let rule: RuleName | null = null;
    if (isShareLine(text, rules)) rule = 'share-line';
    else if (isUrlLine(text)) rule = 'url-line';
    else if (isLeakedMarkup(text)) rule = 'markup-line';
    else if (counts.has(block)) rule = 'count-line';
    else if (isPageDate(index)) rule = 'date-line';
    else if (isCredit(text, rules)) rule = 'credit';
    else if (isBylineLine(text, rules) || isFactsLine(text, rules)) rule = 'byline-line';
    else if (isCapsPromo(block, text)) rule = 'promo-link';
    else if (index < 8 && isBreadcrumb(block, text, rules)) rule = 'breadcrumb';
    else if (isSignoff(text, rules)) rule = 'signoff';
    else if (index < 8 && normTitle && normPhrase(text) === normTitle) rule = 'title-repeat';
    else if (index < 3 && normDek && !SENTENCE_END.test(text) && normPhrase(text) === normDek) rule = 'standfirst';
    else if (index === all.length - 1 && isDanglingLabel(block, text, rules)) rule = 'dangling-label';
    else if (isBylineRepeat(text, index, authors)) rule = 'byline-line';
    // Opening and closing prompts ("This post may contain affiliate links", "Like this story? Share
    // it!") need no button to be prompts.
    else if ((index < HEAD_LINES || index >= all.length - TAIL_LINES) && isClosingPrompt(text, rules)) rule = 'prompt-line';
    else if (index >= all.length - 3 && isAuthorBio(text, authors, givenNames)) rule = 'author-bio';
    else if (index >= all.length - TAIL_LINES && isPublisherBoilerplate(text, publishers)) rule = 'publisher-bio';
    if (!rule) {
      if (index < DATELINE_LINES) takeDateline(block, rules, removed, places);
      return;
    }
    takeOut(block, { rule, snippet: snippet(block), pass: 'article' }, removed, places);
  });
  return removed;
}
