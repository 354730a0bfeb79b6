// The `ner` CLI's work, importable by tests: CoNLL text in, `token<TAB>TAG` lines out.
import { tagTokens } from '../../../src/core/entities/tagger';
import { settleDocument } from '../../../src/core/entities/document-names';
import { chunkDocuments, parseConll, type Sentence } from '../../lib/conll';
import type { Tag } from '../../../src/core/entities/types';

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

/** The sequence model's tags for one sentence (the shipped model; tests pass their own). */
export type SentenceTagger = (tokens: string[], lang: string) => Tag[];

/**
 * The tags of one document's sentences: each sentence by the model, then settled across the document as
 * the view settles an article (core/entities/document-names.ts).
 */
export function tagDocument(sentences: readonly Sentence[], lang: string, tagSentence: SentenceTagger = tagTokens): Tag[][] {
  return settleDocument(sentences.map((s) => s.tokens), sentences.map((s) => tagSentence(s.tokens, lang)));
}

/**
 * Tags every sentence of a CoNLL file's text; one `token<TAB>TAG` line per token, blank line after each
 * sentence. Documents are the file's own (-DOCSTART- or # newdoc), else runs of 20 sentences, as in
 * bench:entities.
 */
export function tagConllText(text: string, lang?: string, tagSentence: SentenceTagger = tagTokens): string {
  const file = parseConll(text);
  const language = lang ?? guessLang(file.documents.flatMap((d) => d.sentences));
  const out: string[] = [];
  for (const doc of chunkDocuments(file)) {
    const tags = tagDocument(doc.sentences, language, tagSentence);
    doc.sentences.forEach((s, k) => {
      s.tokens.forEach((t, i) => out.push(`${t}\t${tags[k]?.[i] ?? 'O'}`));
      out.push('');
    });
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
