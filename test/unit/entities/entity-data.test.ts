import { describe, expect, it } from 'vitest';
import cues from '../../../src/rules/entities/cues.json';
import gazetteer from '../../../src/rules/entities/gazetteer.json';
import model from '../../../src/rules/entities/model.json';
import names from '../../../src/rules/entities/names.json';
import commonWords from '../../../src/rules/entities/common-words.json';
import givenNames from '../../../src/rules/entities/given-names.json';
import { decodeKeys, TAGS } from '../../../src/core/entities/model';

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

  it('the model has the expected shape: ascending buckets, one int8 row per bucket, wide rows apart', () => {
    expect(model.format).toBe('sift-ner-perceptron/1');
    expect(model.tags).toEqual([...TAGS]);
    expect(model.scale).toBeGreaterThan(0);
    const keys = decodeKeys(model.keys);
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.every((k, i) => i === 0 || (keys[i - 1] as number) < k)).toBe(true);
    expect(keys.every((k) => k >= 0 && k < 2 ** model.hashBits)).toBe(true);
    expect(atob(model.weights).length).toBe(keys.length * TAGS.length);
    const keySet = new Set(keys);
    for (const row of model.wide as number[][]) {
      expect(row).toHaveLength(TAGS.length + 1);
      expect(keySet.has(row[0] as number)).toBe(false);
      for (const v of row) expect(Number.isInteger(v)).toBe(true);
    }
  });
});
