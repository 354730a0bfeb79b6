import { describe, expect, it } from 'vitest';
import cues from '../../../src/rules/entities/cues.json';
import gazetteer from '../../../src/rules/entities/gazetteer.json';
import model from '../../../src/rules/entities/model.json';
import names from '../../../src/rules/entities/names.json';
import commonWords from '../../../src/rules/entities/common-words.json';
import givenNames from '../../../src/rules/entities/given-names.json';
import wordCase from '../../../src/rules/entities/word-case.json';
import { decodeKeys, TAGS } from '../../../src/core/entities/model';
import { wordCaseOf, type WordCaseJson } from '../../../src/core/entities/word-case';

const sortedUnique = (xs: readonly string[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as string) < x);

describe('entity data files', () => {
  const prefixed = (file: string, lists: Record<string, string[]>) => Object.entries(lists).map(([k, v]) => [`${file} ${k}`, v] as const);
  const lists = [
    ...prefixed('cues', cues), ...prefixed('gazetteer', gazetteer), ...prefixed('names', names), ...prefixed('common-words', commonWords), ...prefixed('given-names', givenNames),
  ];
  it.each(lists)('%s is sorted without duplicates or blanks', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(sortedUnique(list)).toBe(true);
    for (const x of list) expect(x.trim()).toBe(x);
  });

  it('cue words are lower case', () => {
    for (const list of Object.values(cues)) for (const w of list) expect(w).toBe(w.toLowerCase());
  });

  it('the model has the expected shape: ascending buckets, one row of codes per bucket, wide rows apart', () => {
    expect(model.format).toBe('sift-ner-perceptron/2');
    expect(model.tags).toEqual([...TAGS]);
    expect(model.scale).toBeGreaterThan(0);
    const keys = decodeKeys(model.keys);
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.every((k, i) => i === 0 || (keys[i - 1] as number) < k)).toBe(true);
    expect(keys.every((k) => k >= 0 && k < 2 ** model.hashBits)).toBe(true);
    expect(model.weights.length).toBe(keys.length * TAGS.length);
    const keySet = new Set(keys);
    for (const row of model.wide as number[][]) {
      expect(row).toHaveLength(TAGS.length + 1);
      expect(keySet.has(row[0] as number)).toBe(false);
      for (const v of row) expect(Number.isInteger(v)).toBe(true);
    }
  });
});

describe('word-case bitmaps', () => {
  const groups = (wordCase as unknown as WordCaseJson).groups;

  it.each(Object.entries(groups))('%s has an L, U and M bitmap of the size it says, about one bit in seven set', (_group, classes) => {
    expect(Object.keys(classes).sort()).toEqual(['L', 'M', 'U']);
    for (const [size, b64] of Object.values(classes)) {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      expect(bytes.length * 8).toBe(size);
      let set = 0;
      for (const byte of bytes) for (let k = 0; k < 8; k++) set += (byte >> k) & 1;
      expect(set / size).toBeGreaterThan(0.08);
      expect(set / size).toBeLessThan(0.2);
    }
  });

  it('reads words the way running text writes them', () => {
    // Function words are written in lower case inside a sentence; well-known names are capitalised.
    for (const w of ['the', 'which', 'because', 'often']) expect(wordCaseOf('en', w)).toContain('L');
    for (const w of ['london', 'google', 'europe']) expect(wordCaseOf('en', w)).toContain('U');
    for (const w of ['yang', 'dengan', 'karena']) expect(wordCaseOf('id', w)).toContain('L');
    expect(wordCaseOf('id', 'jakarta')).toContain('U');
    expect(wordCaseOf('xx', 'the')).toBe('');
  });
});
