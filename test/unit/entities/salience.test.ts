import { describe, expect, it } from 'vitest';
import { confident, inTitle, salience } from '../../../src/core/entities/salience';

const entity = (text: string, mentions: number, firstPosition: number, forms: string[] = [text]) => ({ text, forms, mentions, firstPosition });

describe('salience', () => {
  it('stays within [0, 1]', () => {
    for (const e of [entity('A', 0, 1), entity('A', 9, 0, ['A']), entity('B', 1, 0.5)]) {
      const s = salience(e, 9, 'A');
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(salience(entity('A', 9, 0), 9, 'A wins')).toBe(1);
  });

  it('ranks more mentions higher, then an earlier first mention', () => {
    expect(salience(entity('A', 5, 0.5), 5, '')).toBeGreaterThan(salience(entity('B', 2, 0.5), 5, ''));
    expect(salience(entity('A', 2, 0.1), 5, '')).toBeGreaterThan(salience(entity('B', 2, 0.9), 5, ''));
  });

  it('lifts an entity named in the title over a more mentioned one', () => {
    const titled = salience(entity('Vladimir Putin', 2, 0.3, ['Vladimir Putin', 'Putin']), 6, 'Putin-Kim Bertukar Surat');
    const other = salience(entity('Moskow', 3, 0.3), 6, 'Putin-Kim Bertukar Surat');
    expect(titled).toBeGreaterThan(other);
  });

  it('matches the title on whole words only', () => {
    expect(inTitle(['Kim'], 'Putin-Kim Bertukar Surat')).toBe(true);
    expect(inTitle(['Kim'], 'Kimchi exports rise')).toBe(false);
    expect(inTitle(['Korea Utara'], 'Hubungan Rusia-Korea Utara')).toBe(true);
  });
});

describe('confident', () => {
  it('takes two mentions, a title mention or a multi-word name; not a lone one-word mention', () => {
    expect(confident(entity('Kremlin', 2, 0), '')).toBe(true);
    expect(confident(entity('Kremlin', 1, 0), 'Kremlin diam')).toBe(true);
    expect(confident(entity('Denis Pushilin', 1, 0), '')).toBe(true);
    expect(confident(entity('Selasa', 1, 0), 'Putin-Kim')).toBe(false);
  });
});
