import { bareWord, lineWords, textOf } from './dom';
import { countWords } from '../text/words';
import { hasLanguageDate, SENTENCE_END, UNSPACED } from './lang-lines';
import { normPhrase, type MergedRules } from './rules';
import { everyLanguage, wordsOf } from '../text/word-lists';

// Date lines: "Published Nov 18, 2019 at 4:07 PM", "Updated 5 hours ago", "02 Ago 2017" — the page's
// own dates, printed around the story; and the runs of them that are a story's schedule instead.

// "2024-03-05", "5/3/24", "05.03.2024": one separator twice and a year of two or four digits ("the 3-2-1
// rule" is no date).
const NUMERIC_DATE = /\b(?:\d{4}([/.-])\d{1,2}\1\d{1,2}|\d{1,2}([/.-])\d{1,2}\2(?:\d{4}|\d{2}))\b/;
// "4:07 PM", "14.30 WIB": a dot-time needs a clock's hour and minutes or a time word after it ("Rating:
// 4.25", "$10.99" and "23.52%" are no times). The time words ("a.m", "Uhr", "WIB") are the language files'.
const TIME = new RegExp(`\\b\\d{1,2}:\\d{2}\\b|(?<![\\d.,$€£¥])\\b(?:[01]?\\d|2[0-3])\\.[0-5]\\d\\s*(?:${wordsOf('timeWords')})\\b|(?<![\\d.,$€£¥])\\b(?:[01]\\d|2[0-3])\\.[0-5]\\d\\b(?![.,]\\d|\\s*%)`, 'i');
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
// "a.m", "pm", "Uhr": part of the time they follow, not words of the line around the date.
const TIME_WORDS = new Set(everyLanguage('timeWords'));
/** "5 hours ago", its words from the language files. */
const AGO = new RegExp(`\\b\\d+\\s+(?:${wordsOf('agoUnits')})\\s+(?:${wordsOf('agoWords')})\\b`, 'i');
const CJK_DATE_TIME = /\d{1,4}\s*[年月日時分]/gu;


function hasDate(text: string, rules: MergedRules): boolean {
  if (NUMERIC_DATE.test(text) || TIME.test(text) || AGO.test(text)) return true;
  const raw = lineWords(text);
  const ws = raw.map(bareWord);
  // "Step 9: Set a budget" is no "9 Set(embro)": a number that ends a label is not the month's day.
  const dayBefore = (i: number) => /^\d/.test(ws[i - 1] ?? '') && !(raw[i - 1] ?? '').endsWith(':');
  const isMonth = (w: string) => rules.monthNames.has(w) && (!rules.monthNamesNeedingYear.has(w) || YEAR.test(text));
  return ws.some((w, i) => isMonth(w) && (/^\d/.test(ws[i + 1] ?? '') || dayBefore(i))) || hasLanguageDate(text, rules);
}

/** "By HNN Staff": a byline fragment and a few words, as one part of a "By … | date" line. */
function isBylinePart(text: string, rules: MergedRules): boolean {
  const ws = lineWords(text);
  return ws.length <= 6 && rules.phrases.bylineFragments.has(normPhrase(ws[0] ?? ''));
}

function isDateLine(text: string, rules: MergedRules): boolean {
  // "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019": each part is one.
  const parts = text.split(/\s+\|\s+/).filter(Boolean);
  if (parts.length > 1) return parts.some((part) => isDateLine(part, rules)) && parts.every((part) => isDateLine(part, rules) || isBylinePart(part, rules));
  const ws = lineWords(text);
  // "As of July 31, 2025, the FDA has received:" introduces what follows: a lead-in, not a dateline.
  if (ws.length > 16 || countWords(text) > 16 || /[:：]$/u.test(text) || !hasDate(text, rules)) return false;
  // Chinese and Japanese lines are one "word": the letters left once the dates are out must be few.
  if (UNSPACED.test(text) && text.replace(CJK_DATE_TIME, '').replace(/[^\p{L}]/gu, '').length > 12) return false;
  const first = normPhrase(ws[0] ?? '');
  const leadsWithByline = rules.phrases.bylineFragments.has(first) || rules.phrases.bylineFragments.has(normPhrase(ws.slice(0, 2).join(' ')));
  const otherWords = ws.map(bareWord).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w) && !rules.monthNames.has(w) && !TIME_WORDS.has(w));
  return otherWords.length <= 8 && (leadsWithByline || !SENTENCE_END.test(text));
}

/** A schedule or a timeline has dates line after line; a page prints its own date once or twice. */
const SCHEDULE_RUN = 3;

/**
 * Line `index` is one of SCHEDULE_RUN or more date lines in a row ("September 10 12pm-1pm SAAC 217
 * Carrie Menke", one per session): the story's own list of dates. "Published …" / "Updated …" lines are
 * the page's, however many.
 */
function inSchedule(index: number, dateAt: (i: number) => boolean, all: Element[], rules: MergedRules): boolean {
  let first = index;
  while (first > 0 && dateAt(first - 1)) first--;
  let last = index;
  while (dateAt(last + 1)) last++;
  if (last - first + 1 < SCHEDULE_RUN) return false;
  const fragments = rules.phrases.bylineFragments;
  return all.slice(first, last + 1).every((block) => {
    const ws = lineWords(textOf(block));
    return !fragments.has(normPhrase(ws[0] ?? '')) && !fragments.has(normPhrase(ws.slice(0, 2).join(' ')));
  });
}

/**
 * Whether line `index` of `all` is a date line of the page's own (not one of a schedule's). Lines where
 * `skip` holds (a table's cells, a list's items) never are.
 */
export function dateLinesOf(all: Element[], rules: MergedRules, skip: (el: Element) => boolean): (index: number) => boolean {
  const dates = new Map<number, boolean>();
  const dateAt = (i: number): boolean => {
    const block = all[i];
    if (!block) return false;
    let known = dates.get(i);
    if (known === undefined) dates.set(i, (known = !skip(block) && isDateLine(textOf(block), rules)));
    return known;
  };
  return (index) => dateAt(index) && !inSchedule(index, dateAt, all, rules);
}
