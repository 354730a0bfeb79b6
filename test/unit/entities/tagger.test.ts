import { describe, expect, it } from 'vitest';
import { allowed, tagTokens } from '../../../src/core/entities/tagger';
import { tokenize } from '../../../src/core/entities/tokenize';
import type { Tag } from '../../../src/core/entities/types';
import { spans } from '../../../scripts/lib/conll';

function entities(text: string, lang: string): string[] {
  const words = tokenize(text, lang).map((t) => t.text);
  const tags = tagTokens(words, lang);
  return spans(tags).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

function isValidIob2(tags: readonly Tag[]): boolean {
  return tags.every((tag, i) => allowed(i === 0 ? '<s>' : (tags[i - 1] as Tag), tag));
}

describe('tagTokens', () => {
  it('finds the people and places of an Indonesian news sentence, leaving the title out', () => {
    // IDNer often leaves a country inside a title as O ("Perdana Menteri Inggris"); the place/first-name
    // split in tagTokens keeps "Rusia" apart from "Vladimir Putin".
    const words = tokenize('Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertukar surat', 'id').map((t) => t.text);
    const tags = tagTokens(words, 'id');
    expect(tags[0]).toBe('O');
    expect(tags[1]).toBe('B-LOC');
    const found = spans(tags).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Vladimir Putin', 'LOC:Korea Utara', 'PER:Kim Jong Un']));
  });

  it('finds a person, an organisation and a place in an English sentence', () => {
    const found = entities('Denise Whitlock, a spokeswoman for Tessaro Infrastructure Partners, said in Chicago on Monday.', 'en');
    expect(found).toEqual(expect.arrayContaining(['PER:Denise Whitlock', 'ORG:Tessaro Infrastructure Partners', 'LOC:Chicago']));
  });

  it('tags nothing in a sentence without names', () => {
    expect(entities('the weather was fine and we stayed at home all day .', 'en')).toEqual([]);
  });

  it('returns one tag per token, and nothing for no tokens', () => {
    expect(tagTokens([], 'en')).toEqual([]);
    const words = ['Ana', 'bertemu', 'Budi', 'di', 'Bandung'];
    expect(tagTokens(words, 'id')).toHaveLength(words.length);
  });

  it('always returns valid IOB2, whatever the input', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const vocabulary = ['PT', 'Bank', 'of', 'New', 'York', 'Inc', '(', ')', 'kota', 'Jakarta', 'said', 'Mr', 'Smith', '-', 'X', '2020', 'dan', 'Universitas'];
    for (let n = 0; n < 200; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 25) }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'x');
      for (const lang of ['en', 'id', 'fr', '']) {
        const tags = tagTokens(words, lang);
        expect(tags).toHaveLength(words.length);
        expect(isValidIob2(tags)).toBe(true);
      }
    }
  });
});

describe('allowed', () => {
  it('lets I-X follow only B-X or I-X', () => {
    expect(allowed('B-PER', 'I-PER')).toBe(true);
    expect(allowed('I-PER', 'I-PER')).toBe(true);
    expect(allowed('O', 'I-PER')).toBe(false);
    expect(allowed('B-ORG', 'I-PER')).toBe(false);
    expect(allowed('<s>', 'I-LOC')).toBe(false);
    expect(allowed('O', 'B-LOC')).toBe(true);
  });
});
