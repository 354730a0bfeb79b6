import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/core/extract/title';

describe('cleanTitle', () => {
  it.each([
    ['Headline of the day – The Millbrook Ledger', '', 'https://millbrookledger.test/a', 'Headline of the day'],
    ['Headline of the day — Daily Planet', 'Daily Planet', 'https://x.example/a', 'Headline of the day'],
    ['Daily Planet | Headline of the day', 'Daily Planet', 'https://x.example/a', 'Headline of the day'],
    ['Headline of the day · Reuters', '', 'https://www.reuters.com/a', 'Headline of the day'],
  ])('drops the site name from %j', (title, site, url, expected) => {
    expect(cleanTitle(title, site, url)).toBe(expected);
  });

  it.each([
    ['Chile – copper shipments slip as strike goes on', 'Pacifica Wire', 'https://pacificawire.example/a'],
    ['Putin-Kim Bertukar Surat', 'FAKTUAL-INDONESIA', 'https://faktual-indonesia.example/a'],
    ['Plain headline without separators', 'Site', 'https://site.example/'],
  ])('keeps %j when no part names the site', (title, site, url) => {
    expect(cleanTitle(title, site, url)).toBe(title);
  });
});
