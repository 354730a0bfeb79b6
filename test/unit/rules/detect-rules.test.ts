// Data tests for the detector's rules (src/rules/detect): the shape of each file, tidy lists (sorted, no
// duplicates: `node scripts/data/sort-rules.mjs` would not change them), URL words a segment can equal, each
// word naming one kind, and words for the languages the project reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECT_COMMON, URL_KINDS, URL_WORDS } from '../../../src/rules/detect';

const DIR = join(import.meta.dirname, '../../../src/rules/detect');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const tidy = (data: Record<string, string[]>): string =>
  `${JSON.stringify(Object.fromEntries(Object.keys(data).sort(byCodePoint).map((key) => [key, [...new Set(data[key])].sort(byCodePoint)])), null, 2)}\n`;

describe('detect rule files', () => {
  it('are common.json and url-words.json, both tidy', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(['common.json', 'url-words.json']);
    for (const file of ['common.json', 'url-words.json']) expect(read(file), file).toBe(tidy(JSON.parse(read(file)) as Record<string, string[]>));
  });
});

describe('url-words.json', () => {
  const entries = Object.entries(URL_WORDS);

  it('has one non-empty list per kind', () => {
    expect(Object.keys(URL_WORDS).sort()).toEqual([...URL_KINDS].sort());
    for (const [kind, words] of entries) expect(words.length, kind).toBeGreaterThan(0);
  });

  it('holds words a lower-cased path segment can equal: ASCII letters and digits, inner hyphens', () => {
    for (const [kind, words] of entries) for (const word of words) expect(word, kind).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives each word one kind', () => {
    const seen = new Map<string, string>();
    for (const [kind, words] of entries) {
      for (const word of words) {
        expect(seen.get(word), `${word} in ${kind} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, kind);
      }
    }
  });

  // One common word per language for the kinds every news site has, so that no language drops out.
  it.each([
    ['en', 'search', 'tag', 'category', 'login'],
    ['de', 'suche', 'thema', 'kategorie', 'anmelden'],
    ['es', 'buscar', 'etiqueta', 'categoria', 'acceso'],
    ['fr', 'recherche', 'sujet', 'categorie', 'connexion'],
    ['id', 'cari', 'topik', 'kategori', 'masuk'],
    ['ms', 'carian', 'topik', 'kategori', 'log-masuk'],
    ['pt', 'busca', 'tema', 'categoria', 'entrar'],
    ['it', 'cerca', 'argomenti', 'categoria', 'accedi'],
    ['nl', 'zoeken', 'onderwerp', 'categorie', 'inloggen'],
  ])('has search, tag, category and login words in %s', (_, search, tag, category, login) => {
    expect(URL_WORDS.search).toContain(search);
    expect(URL_WORDS.tag).toContain(tag);
    expect(URL_WORDS.category).toContain(category);
    expect(URL_WORDS.login).toContain(login);
  });

  it('leaves out words that name article sections or parts of stories', () => {
    for (const word of ['news', 'berita', 'article', 'artikel', 'story', 'read', 'blog', 'index', 'amp']) {
      for (const [kind, words] of entries) expect(words, `${word} in ${kind}`).not.toContain(word);
    }
  });
});

describe('common.json', () => {
  it('has schema.org type names and lower-case query keys', () => {
    const { newsTypes, articleTypes, pageTypes, searchKeys } = DETECT_COMMON;
    for (const type of [...newsTypes, ...articleTypes, ...pageTypes]) expect(type).toMatch(/^[A-Z][A-Za-z]+$/);
    for (const key of searchKeys) expect(key).toMatch(/^[a-z]+$/);
    expect(newsTypes).toContain('NewsArticle');
    expect(articleTypes).toEqual(expect.arrayContaining(['Article', 'BlogPosting']));
    expect(pageTypes).toEqual(expect.arrayContaining(['CollectionPage', 'SearchResultsPage', 'VideoObject']));
  });

  it('keeps the type lists apart: no name or name end in one list ends one in another', () => {
    const lists = [DETECT_COMMON.newsTypes, DETECT_COMMON.articleTypes, DETECT_COMMON.pageTypes];
    // "Article" ends "NewsArticle": news is checked first, so only page types must not overlap the others.
    for (const page of lists[2]!) {
      for (const other of [...lists[0]!, ...lists[1]!]) {
        expect(page.endsWith(other), `${page} / ${other}`).toBe(false);
        expect(other.endsWith(page), `${other} / ${page}`).toBe(false);
      }
    }
  });
});
