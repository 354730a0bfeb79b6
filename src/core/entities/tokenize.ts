// HEURISTIC STAND-IN (replaced by the trained model's tokenizer at merge): the same signatures, simple
// rules. Words come from Intl.Segmenter with exact offsets; hyphens split words ("Putin-Kim").
import type { Token } from './types';

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let s = cache.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang || undefined, { granularity });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity });
    }
    cache.set(key, s);
  }
  return s;
}

/** The non-space tokens of `text` (words and punctuation), hyphenated words split at the hyphen. */
export function tokenize(text: string, lang: string): Token[] {
  const tokens: Token[] = [];
  for (const { segment, index } of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (!segment.trim()) continue;
    // Split any hyphen the segmenter kept inside a word, keeping the hyphen as its own token.
    const re = /[^-\u2010\u2011]+|[-\u2010\u2011]/g;
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      tokens.push({ text: m[0], start: index + m.index, end: index + m.index + m[0].length });
    }
  }
  return tokens;
}

// A sentence ending in a short abbreviation or an initial ("Dr.", "Mr.", "H.") runs on into the next.
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}\p{Ll}?|Mrs|Rep|Sen|Gov|Prof|Hj|Ir|Sr|Sra)\.\s*$/u;

/** Sentence spans of `text` (start inclusive, end exclusive; trailing spaces excluded). */
export function sentences(text: string, lang: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let pendingStart = -1;
  for (const { segment, index } of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    if (pendingStart < 0) pendingStart = index;
    const end = index + segment.trimEnd().length;
    if (ABBREVIATION_END.test(segment) && index + segment.length < text.length) continue;
    if (end > pendingStart) spans.push({ start: pendingStart, end });
    pendingStart = -1;
  }
  return spans;
}

/** True when most letters are Latin script (the stand-in's rules are written for Latin-script text). */
export function supportedScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters >= 0.5;
}
