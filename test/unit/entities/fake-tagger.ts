// A tiny dictionary tagger for the assembly tests: it tags exactly the names it is given (longest
// first), so the tests exercise spans, folding and ranking, not the model.
import type { Tagger } from '../../../src/core/entities';
import type { Tag, Token } from '../../../src/core/entities/types';

type Label = 'PER' | 'ORG' | 'LOC';

export function tokenizeSimply(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}’']+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Tags the given names wherever their tokens occur; one sentence per ". ". */
export function fakeTagger(names: Record<string, Label>, options: { supported?: (text: string) => boolean } = {}): Tagger {
  const entries = Object.entries(names)
    .map(([name, label]) => ({ words: tokenizeSimply(name).map((t) => t.text), label }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    tokenize: (text) => tokenizeSimply(text),
    sentences: (text) => {
      const spans: Array<{ start: number; end: number }> = [];
      let start = 0;
      for (const m of text.matchAll(/\.\s+/g)) {
        spans.push({ start, end: m.index + 1 });
        start = m.index + m[0].length;
      }
      if (start < text.length) spans.push({ start, end: text.length });
      return spans;
    },
    supportedScript: options.supported ?? ((text) => /\p{Script=Latin}/u.test(text)),
    tagTokens: (tokens) => {
      const tags: Tag[] = tokens.map(() => 'O');
      for (let i = 0; i < tokens.length;) {
        const hit = entries.find((e) => e.words.every((w, k) => tokens[i + k] === w));
        if (!hit) {
          i += 1;
          continue;
        }
        hit.words.forEach((_, k) => { tags[i + k] = `${k ? 'I' : 'B'}-${hit.label}` as Tag; });
        i += hit.words.length;
      }
      return tags;
    },
  };
}
