// What one document settles about its names, once every sentence is tagged. A sentence alone often cannot
// tell: a surname opening a sentence ("Dvořák displayed his gifts early") reads like any capitalised
// first word, and one word can come out a person here and a place there. Across the document:
// - a person's surname, once the document has named them in full ("Antonín Dvořák"), is that person
//   wherever it stands alone, unless the document also writes the word in lower case ("Hurt", "hurt");
// - a name tagged with different types takes the type most of its mentions have;
// - a short form defined in brackets right after a name is that name, wherever it stands;
// - a lone word that opens a sentence is no name when the document also writes it in lower case
//   ("Union president Rocío Valdivia…" and "the union"; German "Bei" and "bei").
// Used by the view (recognize.ts), the `ner` command and the benchmark alike, so they agree.
// Pure: token texts and IOB2 tags in, IOB2 tags out.
import { isWord, label } from './tag-edits';
import type { Tag } from './types';

type Kind = 'PER' | 'ORG' | 'LOC';
interface Run { start: number; end: number; kind: Kind }

function runsOf(tags: readonly Tag[]): Run[] {
  const runs: Run[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const kind = tag.slice(2) as Kind;
    const last = runs[runs.length - 1];
    if (tag[0] === 'I' && last && last.end === i && last.kind === kind) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, kind });
  });
  return runs;
}

const SURNAME = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;
const LOWER = /^\p{Ll}/u;

/** The type most mentions of a name have, when more than half have it. */
function majorities(sentences: readonly (readonly string[])[], runs: readonly Run[][]): Map<string, Kind> {
  const votes = new Map<string, Map<Kind, number>>();
  runs.forEach((list, s) => {
    for (const r of list) {
      const text = sentences[s]?.slice(r.start, r.end).join(' ') ?? '';
      const counts = votes.get(text) ?? new Map<Kind, number>();
      counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
      votes.set(text, counts);
    }
  });
  const out = new Map<string, Kind>();
  for (const [text, counts] of votes) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const [kind, n] of counts) if (n * 2 > total) out.set(text, kind);
  }
  return out;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;

/**
 * Short forms the document defines in brackets right after a name ("Kennedy Space Center (KSC)", "Komisi
 * Pemberantasan Korupsi (KPK)"): the short form is that name, of its type, wherever it stands.
 */
function definedAcronyms(sentences: readonly (readonly string[])[], runs: readonly Run[][]): Map<string, Kind> {
  const out = new Map<string, Kind>();
  runs.forEach((list, s) => {
    const words = sentences[s] ?? [];
    for (const r of list) {
      const short = words[r.end + 1] ?? '';
      if (r.end - r.start < 2 || words[r.end] !== '(' || words[r.end + 2] !== ')' || !ACRONYM.test(short)) continue;
      if (short[0] === (words[r.start] ?? '')[0]) out.set(short, r.kind);
    }
  });
  return out;
}

export function settleDocument(sentences: readonly (readonly string[])[], tags: readonly (readonly Tag[])[]): Tag[][] {
  const runs = tags.map(runsOf);
  const lower = new Set<string>();
  for (const words of sentences) for (const w of words) if (LOWER.test(w)) lower.add(w);
  const surnames = new Set<string>();
  runs.forEach((list, s) => {
    for (const r of list) {
      const last = sentences[s]?.[r.end - 1] ?? '';
      if (r.kind === 'PER' && r.end - r.start >= 2 && SURNAME.test(last) && !lower.has(last.toLowerCase())) surnames.add(last);
    }
  });
  const acronyms = definedAcronyms(sentences, runs);
  const majority = majorities(sentences, runs);
  return tags.map((sentenceTags, s) => {
    const words = sentences[s] ?? [];
    const out = [...sentenceTags];
    const first = words.findIndex(isWord);
    for (const r of runs[s] ?? []) {
      const text = words.slice(r.start, r.end).join(' ');
      const kind = r.end - r.start > 1 ? majority.get(text) ?? r.kind
        : r.start === first && !surnames.has(text) && lower.has(text.toLowerCase()) ? 'O'
          : surnames.has(text) ? 'PER' : majority.get(text) ?? r.kind;
      label(out, r.start, r.end, kind);
    }
    words.forEach((w, i) => {
      if (out[i] !== 'O') return;
      if (surnames.has(w)) out[i] = 'B-PER';
      else if (acronyms.has(w)) out[i] = `B-${acronyms.get(w)}` as Tag;
    });
    return out;
  });
}
