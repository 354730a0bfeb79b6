// Data test for src/rules/entities/roles.json: one list per language, each sorted by code point,
// without duplicates (case-insensitive), with no stray whitespace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FILE = join(import.meta.dirname, '../../../src/rules/entities/roles.json');
const data = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string[]>;
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('roles.json', () => {
  it('has the languages of the labelled pages, in sorted key order', () => {
    const keys = Object.keys(data);
    for (const lang of ['de', 'en', 'es', 'fr', 'id', 'ms']) expect(keys).toContain(lang);
    expect(keys).toEqual([...keys].sort(byCodePoint));
  });

  it.each([
    ['id', ['Presiden', 'Wakil Presiden', 'Menteri', 'Duta Besar', 'Gubernur', 'Bupati', 'Walikota', 'Kapolres', 'Ketua', 'Direktur', 'Dr.', 'Prof.', 'Ir.', 'H.', 'Hj.']],
    ['en', ['President', 'Prime Minister', 'Minister', 'Ambassador', 'Governor', 'Mayor', 'Senator', 'Rep.', 'Sen.', 'Gov.', 'CEO', 'Mr.', 'Mrs.', 'Ms.', 'Pope', 'King', 'Queen', 'Sheikh']],
    ['de', ['Herr', 'Frau']], ['fr', ['Monsieur', 'Madame']], ['es', ['Señor']],
  ])('%s has the titles of issue 4', (lang, roles) => {
    for (const role of roles) expect(data[lang], role).toContain(role);
  });

  it.each(Object.entries(data))('%s: sorted, no duplicates, trimmed', (_lang, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list).toEqual([...list].sort(byCodePoint));
    const keys = list.map((r) => r.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const role of list) expect(role).toBe(role.replace(/\s+/g, ' ').trim());
  });

  it('is written exactly as the tidy form (2-space JSON, trailing newline)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });
});
