// Words and sentences of a text block for the entity tagger. Offsets are UTF-16 indexes into the text
// (end exclusive), so the view can map a mention straight back onto text nodes.
import type { Token } from './types';
import { segmentBounded } from '../text/segment';

const segmenters = new Map<string, { word: Intl.Segmenter; sentence: Intl.Segmenter }>();

function segmentersFor(lang: string) {
  const key = lang || 'und';
  let s = segmenters.get(key);
  if (!s) {
    let locale: string | undefined = lang || undefined;
    try {
      if (locale) Intl.getCanonicalLocales(locale);
    } catch {
      locale = undefined; // a malformed lang attribute must not break the page
    }
    s = {
      word: new Intl.Segmenter(locale, { granularity: 'word' }),
      sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }),
    };
    segmenters.set(key, s);
  }
  return s;
}

// Hyphens between two capitalised parts separate names ("Putin-Kim", "Rusia-Korea"); segmenters differ on
// whether they split there, so we split ourselves. The English possessive is split off as in the training
// data ("Putin's" -> "Putin" "'s") so that the name itself is the token the model sees.
const CAP_HYPHEN = /(?<=\p{Lu}\p{Ll}*)[-‐‑–](?=\p{Lu})/gu;
const POSSESSIVE = /^(.+?)(['’][sS]|['’])$/u;

const HYPHENS = /[-‐‑–]/;
const APOSTROPHES = /['’]/;

function pushWord(out: Token[], text: string, start: number): void {
  // Most words have neither a hyphen nor an apostrophe: skip the regular expressions for them.
  if (!HYPHENS.test(text) && !APOSTROPHES.test(text)) {
    out.push({ text, start, end: start + text.length });
    return;
  }
  let from = 0;
  for (const m of text.matchAll(CAP_HYPHEN)) {
    const at = m.index ?? 0;
    if (at > from) pushPiece(out, text.slice(from, at), start + from);
    out.push({ text: m[0], start: start + at, end: start + at + m[0].length });
    from = at + m[0].length;
  }
  if (from < text.length) pushPiece(out, text.slice(from), start + from);
}

function pushPiece(out: Token[], text: string, start: number): void {
  const m = /\p{Lu}/u.test(text[0] ?? '') ? POSSESSIVE.exec(text) : null;
  if (m && m[1] && m[2]) {
    out.push({ text: m[1], start, end: start + m[1].length });
    out.push({ text: m[2], start: start + m[1].length, end: start + text.length });
    return;
  }
  out.push({ text, start, end: start + text.length });
}

/**
 * The words and punctuation marks of `text` (whitespace dropped), with exact offsets. Punctuation is kept
 * as tokens because the model was trained on corpora that keep it (commas and brackets end names).
 */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  for (const seg of segmentBounded(segmentersFor(lang).word, text)) {
    if (!seg.segment.trim()) continue;
    if (seg.isWordLike) {
      pushWord(out, seg.segment, seg.index);
      continue;
    }
    // Non-word segments can be runs ("?!", "..."); one token per non-space character keeps offsets exact.
    let i = 0;
    for (const ch of seg.segment) {
      if (ch.trim()) out.push({ text: ch, start: seg.index + i, end: seg.index + i + ch.length });
      i += ch.length;
    }
  }
  return out;
}

/** Sentence spans of `text` (offsets, end exclusive, trailing whitespace excluded); empty ones skipped. */
export function sentences(text: string, lang: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const seg of segmentBounded(segmentersFor(lang).sentence, text)) {
    const trimmed = seg.segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.length > lead) out.push({ start: seg.index + lead, end: seg.index + trimmed.length });
  }
  return out;
}

// The model was trained on Latin-script text (capitalisation is its main evidence): scripts without
// case (CJK, Arabic, Hebrew, Thai, Devanagari...) or with other words (Cyrillic, Greek) get no highlights.
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** True when most letters of `text` are Latin script, the only script the tagger was trained on. */
export function supportedScript(text: string): boolean {
  // A sample is enough to tell the script, and the count touches every letter.
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sample.match(LATIN)?.length ?? 0;
  return latin / letters >= 0.8;
}
