// The `ner` CLI's work, importable by tests: CoNLL text in, `token<TAB>TAG` lines out.
import { tagTokens } from '../../../src/core/entities/tagger';
import { parseConll, type Sentence } from '../../lib/conll';

// A handful of very frequent function words tell English from Indonesian well enough for a whole file.
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'a']);
const ID = new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'pada', 'adalah', 'tidak', 'akan', 'ke']);

/** 'en' or 'id' by function-word counts, '' when neither shows up. */
export function guessLang(sentences: readonly Sentence[]): string {
  let en = 0;
  let id = 0;
  for (const s of sentences.slice(0, 500)) {
    for (const t of s.tokens) {
      const w = t.toLowerCase();
      if (EN.has(w)) en++;
      if (ID.has(w)) id++;
    }
  }
  return en === 0 && id === 0 ? '' : en >= id ? 'en' : 'id';
}

/** Tags every sentence of a CoNLL file's text; one `token<TAB>TAG` line per token, blank line after each sentence. */
export function tagConllText(text: string, lang?: string): string {
  const sentences = parseConll(text).documents.flatMap((d) => d.sentences);
  const language = lang ?? guessLang(sentences);
  const out: string[] = [];
  for (const s of sentences) {
    const tags = tagTokens(s.tokens, language);
    s.tokens.forEach((t, i) => out.push(`${t}\t${tags[i] ?? 'O'}`));
    out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
