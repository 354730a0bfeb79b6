import { countWords } from '../text/words';
import { textOf } from './dom';
import { normPhrase, type MergedRules } from './rules';

// Line shapes whose words come from the language files (src/rules/clutter/<lang>.json): photo credits
// ("Foto: ANP", "Ảnh: Giang Huy", "Fot. PAP/Leszek Szymański"), tag lists ("Tagi: <links>"), datelines
// ("WARSZAWA (PAP) –", "【ワシントン共同】") and dates with the language's month names. Each needs the
// furniture's shape as well as its words, so prose that merely contains them stays.

/** A sentence's end, in Latin, CJK and Arabic punctuation. */
export const SENTENCE_END = /[.!?…。！？؟]["”’)）」』]?$/u;
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** "2024年3月5日", "2024년 3월 5일", "3月5日", "10時30分". */
const CJK_DATE = /\d{1,4}\s*[年년]\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*時\s*\d{1,2}\s*分/u;
const DIGIT_START = /^\p{Nd}/u;

/** How many characters normPhrase drops from the start of `text` (a leading "»" or "|"). */
const leadingPunct = (text: string) => text.length - text.replace(/^[\s»›·|•\-–—]+/u, '').length;

/** Lower case that keeps every character's length ("İ" would become two), so offsets stay true. */
export const fold = (text: string) => text.replace(/./gsu, (c) => {
  const lower = c === 'İ' ? 'i' : c.toLowerCase();
  return lower.length === c.length ? lower : c;
});
/** A normalised phrase in fold's form ("i̇ha" back to "iha"). */
export const foldPhrase = (phrase: string) => phrase.replace(/i\u0307/g, 'i');

/** The phrase of `list` that `norm` (normalised text) starts with at a word boundary, longest first. */
function leadOf(norm: string, list: Set<string>): string | null {
  let best: string | null = null;
  for (const phrase of list) {
    if (!norm.startsWith(phrase) || (best && best.length >= phrase.length)) continue;
    const next = norm[phrase.length];
    // Unspaced scripts have no word boundary: "写真：" and "写真提供" both start with "写真".
    if (next === undefined || /[\s\p{P}\p{S}]/u.test(next) || UNSPACED.test(phrase.slice(-1))) best = phrase;
  }
  return best;
}

/** A date written with one of the language's month names next to a number: "5 maart 2024", "marca 2024". */
export function hasLanguageDate(text: string, rules: MergedRules): boolean {
  if (CJK_DATE.test(text)) return true;
  const months = rules.phrases.monthNames;
  if (months.size === 0) return false;
  const ws = text.toLowerCase().split(/[\s,/]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return ws.some((w, i) => months.has(w) && (DIGIT_START.test(ws[i + 1] ?? '') || DIGIT_START.test(ws[i - 1] ?? '')));
}

/** A name part of a credit without a colon ("Beeld ANP"): capitalised, an agency code, "©". */
const NAME_WORD = /^[\p{Lu}\p{Nd}©/(]/u;

/**
 * "Foto: ANP", "Beeld ANP", "Fot. PAP/Leszek Szymański", "写真：共同", "사진=연합뉴스": a short line made of
 * a credit lead and a name; or a caption ending in one: "… in Hanoi. Ảnh: Giang Huy", "… (Foto: ANP)".
 */
export function isCaptionCredit(text: string, rules: MergedRules): boolean {
  const leads = rules.phrases.captionCredits;
  const n = countWords(text);
  if (n <= 15 && text.length <= 150) {
    const lead = leadOf(normPhrase(text), leads);
    if (lead) {
      const rest = text.slice(leadingPunct(text) + lead.length).trim();
      if (/^[:：=/|©.]/u.test(rest)) return n <= 8 || !SENTENCE_END.test(text);
      const ws = rest.split(/\s+/).filter(Boolean);
      if (ws.length >= 1 && ws.length <= 4 && ws.every((w) => NAME_WORD.test(w)) && !SENTENCE_END.test(text)) return true;
    }
  }
  return n <= 60 && endsWithCredit(text, leads);
}

/** "… tại Hà Nội. Ảnh: Giang Huy", "… (Foto: ANP)", "…（写真：共同）": a credit after the caption's end. */
function endsWithCredit(text: string, leads: Set<string>): boolean {
  const lower = fold(text);
  for (const lead of leads) {
    const at = lower.lastIndexOf(foldPhrase(lead));
    if (at <= 0) continue;
    const before = text.slice(0, at).trimEnd();
    const tail = text.slice(at + lead.length);
    const opened = /[(（]$/u.test(before);
    if (!opened && !/[.!?。」)）]$/u.test(before)) continue;
    const m = /^\s*(?:[:：=]|\.\s)\s*([^:：]{1,60}?)\s*[)）]?\s*$/u.exec(tail);
    if (m && m[1] && countWords(m[1]) <= 6 && !/[.!?。]\s/u.test(m[1])) return true;
  }
  return false;
}

/**
 * "Tags: <a>Politiek</a> <a>Wonen</a>", "Từ khóa: bão, lũ lụt", "タグ 政治 選挙": a tag label and then
 * links, or a short list of topics with no sentence in it.
 */
export function isTagList(el: Element, text: string, rules: MergedRules): boolean {
  if (countWords(text) > 40 || text.length > 300) return false;
  const lead = leadOf(normPhrase(text), rules.phrases.tagLabels);
  if (!lead) return false;
  const rest = text.slice(leadingPunct(text) + lead.length).replace(/^[\s:：#|»›-]+/u, '');
  if (!rest) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  if (linked / rest.length >= 0.6) return true;
  return !SENTENCE_END.test(rest) && countWords(rest) <= 20 && (/[,،、·|•#;]/u.test(rest) || countWords(rest) <= 3);
}

/** "文・山田太郎", "山田太郎記者", "홍길동 기자", "（山田太郎）": a short CJK line of a name and its role. */
export function isCjkByline(text: string, ws: string[], rules: MergedRules): boolean {
  if (text.length > 24 || ws.length > 4 || /[。、，,]/u.test(text)) return false;
  if (/^[（(【][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}・＝=\s]{2,20}[）)】]$/u.test(text)) return true;
  const fragments = rules.phrases.bylineFragments;
  for (const fragment of fragments) {
    if (/\p{sc=Latin}/u.test(fragment)) continue;
    if (text.endsWith(fragment) && text.length > fragment.length) return true;
    if (text.startsWith(fragment) && /^[・:：\s/／]/u.test(text.slice(fragment.length))) return true;
  }
  return false;
}

/** Share-button words of the page's language: those of its short share labels ("Chia sẻ qua Zalo", "Paylaş"). */
const shareWordCache = new WeakMap<MergedRules, Set<string>>();
export function languageShareWords(rules: MergedRules): Set<string> {
  let words = shareWordCache.get(rules);
  if (!words) {
    words = new Set([...rules.phrases.shareLabels].filter((label) => label.split(' ').length <= 4).flatMap((label) => label.split(' ')));
    shareWordCache.set(rules, words);
  }
  return words;
}

/** Between the parts of a line of facts: a spaced dash, bar or dot. */
const FACT_SEPARATOR = /\s+[-–—|•·]\s+/u;

/**
 * "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: saúde", "By Ana Ribeiro | Updated
 * 3 May | Tags: floods": the post's facts on one line, three or more short parts between dashes or bars,
 * two of them led by a byline or tag label of the language. A sentence has no such parts.
 */
export function isFactsLine(text: string, rules: MergedRules): boolean {
  if (text.length > 300 || SENTENCE_END.test(text)) return false;
  const parts = text.split(FACT_SEPARATOR);
  if (parts.length < 3 || parts.some((part) => countWords(part) > 10)) return false;
  const { bylineFragments, tagLabels } = rules.phrases;
  const labelled = parts.filter((part) => {
    const norm = normPhrase(part);
    return leadOf(norm, bylineFragments) !== null || leadOf(norm, tagLabels) !== null;
  });
  return labelled.length >= 2;
}
