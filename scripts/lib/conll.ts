// Reading the CoNLL / IOB2 files of ../shared/ner (three layouts) and scoring tags conlleval-style.
//   idner:       `token UPOS NER`, space separated, CRLF, no document markers
//   nergrit:     `token<TAB>tag`, tags PERSON / ORGANISATION / PLACE
//   en-uner-ewt: `index<TAB>token<TAB>tag<TAB>-<TAB>annotator`, `# newdoc id` / `# sent_id` / `# text` comments
// `-DOCSTART-` lines and `# newdoc` comments are document breaks; other `#` lines are skipped.
import type { Tag } from '../../src/core/entities/types';

export interface Sentence {
  tokens: string[];
  /** Gold tags normalised to IOB2 over PER/ORG/LOC; 'O' when the file has no tag column. */
  tags: Tag[];
}

export interface ConllDocument {
  sentences: Sentence[];
}

export interface ConllFile {
  documents: ConllDocument[];
  /** True when the file had `# newdoc` or `-DOCSTART-` markers (otherwise one document). */
  marked: boolean;
}

// WNUT 2017's six types: person, location, corporation and group (bands, teams) map to ours; product
// and creative-work become O (en-wnut17/SOURCE.md).
const TYPE_ALIASES: Record<string, 'PER' | 'ORG' | 'LOC'> = {
  CORPORATION: 'ORG', GROUP: 'ORG',
  PER: 'PER', PERSON: 'PER', ORG: 'ORG', ORGANISATION: 'ORG', ORGANIZATION: 'ORG', LOC: 'LOC', PLACE: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
};

/** Maps a corpus tag (B-PERSON, I-PLACE, B-MISC...) to our IOB2 tag set; unknown types become O. */
export function normaliseTag(raw: string): Tag {
  const m = /^([BIES])-(.+)$/.exec(raw.trim());
  if (!m) return 'O';
  const type = TYPE_ALIASES[(m[2] ?? '').toUpperCase()];
  if (!type) return 'O';
  return `${m[1] === 'B' || m[1] === 'S' ? 'B' : 'I'}-${type}` as Tag;
}

type Layout = { sep: 'tab' | 'space'; tokenCol: number; tagCol: number | 'last' | null };

/** Decides the layout from the file's first data lines (a whole-file decision: a token may be a number). */
function detectLayout(lines: string[]): Layout {
  const data = lines.filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('-DOCSTART-')).slice(0, 50);
  const tab = data.some((l) => l.includes('\t'));
  const split = (l: string) => (tab ? l.split('\t') : l.trim().split(/ +/));
  const widths = data.map((l) => split(l).length);
  const width = Math.min(...widths, 99);
  const numberedFirst = data.length > 0 && data.every((l) => /^\d+(?:[.-]\d+)?$/.test(split(l)[0] ?? ''));
  const commented = lines.some((l) => /^# (?:sent_id|text|newdoc)/.test(l));
  if (tab && width >= 3 && numberedFirst && commented) return { sep: 'tab', tokenCol: 1, tagCol: 2 };
  if (tab && width >= 3 && numberedFirst && width >= 5) return { sep: 'tab', tokenCol: 1, tagCol: 2 };
  if (width <= 1) return { sep: tab ? 'tab' : 'space', tokenCol: 0, tagCol: null };
  return { sep: tab ? 'tab' : 'space', tokenCol: 0, tagCol: 'last' };
}

/** Parses the text of a CoNLL file (any of the three layouts, LF or CRLF). */
export function parseConll(text: string): ConllFile {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\r$/, ''));
  const layout = detectLayout(lines);
  const documents: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: Sentence = { tokens: [], tags: [] };
  let marked = false;
  const endSentence = () => {
    if (sent.tokens.length) doc.sentences.push(sent);
    sent = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length) documents.push(doc);
    doc = { sentences: [] };
  };
  for (const line of lines) {
    if (line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) {
        marked = true;
        endDocument();
      }
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      marked = true;
      endDocument();
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const fields = layout.sep === 'tab' ? line.split('\t') : line.trim().split(/ +/);
    const token = fields[layout.tokenCol] ?? fields[0] ?? '';
    const rawTag = layout.tagCol === null ? 'O' : layout.tagCol === 'last' ? fields[fields.length - 1] : fields[layout.tagCol];
    sent.tokens.push(token);
    sent.tags.push(fields.length > 1 ? normaliseTag(rawTag ?? 'O') : 'O');
  }
  endDocument();
  return { documents, marked };
}

/** Splits an unmarked file's single document into chunks of `size` sentences (stand-in documents). */
export function chunkDocuments(file: ConllFile, size = 20): ConllDocument[] {
  if (file.marked) return file.documents;
  const all = file.documents.flatMap((d) => d.sentences);
  const docs: ConllDocument[] = [];
  for (let i = 0; i < all.length; i += size) docs.push({ sentences: all.slice(i, i + size) });
  return docs;
}

export interface Span {
  type: string;
  start: number;
  end: number;
}

/** Chunks of an IOB tag sequence, conlleval-style (an I- after O or another type opens a chunk). */
export function spans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (cur && (prefix !== 'I' || type !== cur.type)) {
      out.push(cur);
      cur = null;
    }
    if ((prefix === 'B' || prefix === 'I') && !cur) cur = { type, start: i, end: i + 1 };
    else if (cur) cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const TYPES = ['PER', 'ORG', 'LOC'] as const;

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Accumulates typed exact-match span counts per type and overall. */
export class SpanScorer {
  readonly byType = new Map<string, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  readonly all: Counts = { tp: 0, fp: 0, fn: 0 };

  add(gold: readonly string[], predicted: readonly string[]): void {
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const g = new Map(spans(gold).map((s) => [key(s), s]));
    const p = new Map(spans(predicted).map((s) => [key(s), s]));
    const bump = (type: string, field: keyof Counts) => {
      const c = this.byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      this.byType.set(type, c);
      this.all[field]++;
    };
    for (const [k, s] of p) bump(s.type, g.has(k) ? 'tp' : 'fp');
    for (const [k, s] of g) if (!p.has(k)) bump(s.type, 'fn');
  }
}

/** Key entities of a document: distinct (type, text) pairs mentioned at least twice. */
export function keyEntities(sentences: ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const span of spans(s.tags)) {
      const k = `${span.type}\t${s.tokens.slice(span.start, span.end).join(' ')}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** Adds one document's key-entity agreement to `c` (set overlap of gold and predicted key entities). */
export function addKeyEntities(c: Counts, gold: Set<string>, predicted: Set<string>): void {
  for (const k of predicted) if (gold.has(k)) c.tp++;
  else c.fp++;
  for (const k of gold) if (!predicted.has(k)) c.fn++;
}
