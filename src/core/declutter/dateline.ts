import type { Removal } from '../article';
import { countWords } from '../text/words';
import { snippet, takeOut, type Place } from './dom';
import { fold, foldPhrase, SENTENCE_END, UNSPACED } from './lang-lines';
import type { MergedRules } from './rules';

// Datelines: "WARSZAWA (PAP) – ", "JAKARTA, KOMPAS.com – ", "(Dân trí) - ", "【ワシントン共同】" at the start of a
// story. The agency names are the language files' datelineAgencies; the shape (a place before, a dash or
// bracket after) keeps a sentence that merely names an agency whole.

/** How far a dateline may reach into its paragraph, in characters. */
const MAX_DATELINE = 60;

/**
 * The length of the dateline at the start of `raw` (a block's raw text), or 0: "WARSZAWA (PAP) – ",
 * "JAKARTA, KOMPAS.com - ", "(Dân trí) - ", "МОСКВА, 5 мар — РИА Новости. ", "【ワシントン共同】",
 * "(서울=연합뉴스) 홍길동 기자 = ", "新华社北京3月5日电（记者 张三）". An agency of the language's list must be
 * in it, before it only a place (a few words, no sentence), after it a dash, a bracket or the wire's "电".
 */
export function datelineLength(raw: string, rules: MergedRules): number {
  const head = raw.slice(0, MAX_DATELINE + 20);
  const lower = fold(head);
  let best = 0;
  for (const name of rules.phrases.datelineAgencies) {
    const agency = foldPhrase(name);
    const at = lower.indexOf(agency);
    if (at < 0 || at > MAX_DATELINE) continue;
    const end = at + agency.length;
    const unspaced = UNSPACED.test(agency);
    // A whole name: "AA" is not the start of "AAP", "ANP" not the end of "CANP".
    if (!unspaced && (/[\p{L}\p{N}]/u.test(head[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(head[end] ?? ''))) continue;
    const before = head.slice(0, at);
    if (!isPlace(before, unspaced)) continue;
    const rest = head.slice(end);
    const after = (!before.trim() && unspaced ? WIRE_CITY_DATE.exec(rest) : null) ??
      /^\s*[)）】\]](?:\s*[-–—=＝:])?\s*/u.exec(rest) ?? /^\s*[-–—=＝]\s*/u.exec(rest) ??
      (/[-–—]\s*$/u.test(before) ? /^\.\s+/u.exec(rest) : null);
    if (after && end + after[0].length > best) best = end + after[0].length;
  }
  // Korean wires name the reporter after the dateline: "(서울=연합뉴스) 홍길동 기자 = ".
  if (best) {
    const reporter = /^[^\s=]{1,10}\s*(?:[^\s=]{1,10}\s*)?(?:기자|특파원)\s*=\s*/u.exec(raw.slice(best));
    if (reporter) best += reporter[0].length;
  }
  // Japanese papers' "【ワシントン＝山田太郎】": a place and a reporter in brackets, no agency needed.
  if (!best) {
    const bracket = /^\s*【[^】]{1,20}[＝=][^】]{1,20}】\s*/u.exec(raw);
    if (bracket) best = bracket[0].length;
  }
  return best;
}

/** "北京3月5日电（记者 张三）" after a Chinese wire's name. */
const WIRE_CITY_DATE = /^[^\s，。、]{0,14}?[电電讯訊][)）]?(?:[（(][^）)]{0,24}[）)])?\s*/u;

/**
 * What may stand before the agency in a dateline: nothing, an opening bracket, or a place and a date
 * in a few capitalised words ("WARSZAWA (", "JAKARTA, ", "МОСКВА, 5 мар — "). A Chinese or Japanese agency
 * stands first or inside brackets ("【ワシントン共同】"): bare, "共同" is a common word.
 */
function isPlace(before: string, unspaced: boolean): boolean {
  const text = before.trim();
  if (!text) return true;
  if (text.length > 40 || SENTENCE_END.test(text) || countWords(text) > 5) return false;
  if (unspaced) return /^[(（【[]/u.test(text) && !/[。、，]/u.test(text);
  // The place is set off from the agency: "WARSZAWA (PAP)", "JAKARTA, KOMPAS.com"; "Volgens AP -" is a sentence.
  if (!/[(（【[,=＝\-–—]$/u.test(text)) return false;
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  // Arabic has no capitals to tell a place from a sentence's words: a place is a word or three.
  if (tokens.filter((t) => /^\p{Lo}/u.test(t)).length > 3) return false;
  return tokens.every((t, i) => /^[(（【[]*(?:[\p{Lu}\p{Lo}\p{Nd}]|[-–—=＝(（【[]*$)/u.test(t) || /^\p{Nd}/u.test(tokens[i - 1] ?? ''));
}

/**
 * "WARSZAWA (PAP) – Rząd przyjął…": the dateline alone goes, the paragraph stays. It is moved into a
 * span of its own, taken out like a block, so the view can put it back.
 */
export function takeDateline(block: Element, rules: MergedRules, removed: Removal[], places?: Place[]): void {
  const raw = block.textContent ?? '';
  const length = datelineLength(raw, rules);
  if (!length) return;
  if (!raw.slice(length).trim()) {
    takeOut(block, { rule: 'date-line', snippet: snippet(block), pass: 'article' }, removed, places);
    return;
  }
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (seen + node.data.length < length) {
      seen += node.data.length;
      continue;
    }
    const range = doc.createRange();
    range.setStart(block, 0);
    range.setEnd(node, length - seen);
    const span = doc.createElement('span');
    span.append(range.extractContents());
    block.prepend(span);
    takeOut(span, { rule: 'date-line', snippet: snippet(span), pass: 'article' }, removed, places);
    return;
  }
}

