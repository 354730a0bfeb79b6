// Data tests for the clutter rules (src/rules/clutter), the way Dark Reader tests its config files:
// every file has the schema's shape, is tidy (sorted, no duplicates: `node scripts/data/sort-rules.mjs` would
// not change it), is registered, and its phrases survive the matcher's normalisation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { COMMON_RULES, LANGUAGE_RULES, PHRASE_LISTS, WORD_LISTS, type LanguageRules } from '../../../src/rules/clutter';
import { normPhrase } from '../../../src/core/declutter/rules';
import { alternation, everyLanguage } from '../../../src/core/text/word-lists';

const DIR = join(import.meta.dirname, '../../../src/rules/clutter');
const REQUIRED = ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'vi', 'tl', 'pl', 'ru', 'ar', 'ja', 'zh', 'ko'];

const jsonFiles = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const languageFiles = jsonFiles.filter((f) => f !== 'common.json');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');

// The same tidying as scripts/data/sort-rules.mjs.
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function tidyList(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...list].sort(byCodePoint).filter((phrase) => {
    const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function tidy(data: Record<string, unknown>): string {
  const keys = Object.keys(data).sort((a, b) =>
    (typeof data[a] === 'string' ? -1 : 0) - (typeof data[b] === 'string' ? -1 : 0) || byCodePoint(a, b));
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = Array.isArray(data[key]) ? tidyList(data[key] as string[]) : data[key];
  return `${JSON.stringify(out, null, 2)}\n`;
}

describe('clutter rule files', () => {
  it('include every language the project requires', () => {
    for (const lang of REQUIRED) expect(languageFiles, lang).toContain(`${lang}.json`);
  });

  it.each(jsonFiles)('%s is tidy (sort-rules.mjs would not change it)', (file) => {
    const text = read(file);
    expect(text).toBe(tidy(JSON.parse(text) as Record<string, unknown>));
  });
});

describe.each(languageFiles)('%s', (file) => {
  const data = JSON.parse(read(file)) as Record<string, unknown>;
  const code = file.replace(/\.json$/, '');

  it('has the schema keys (every phrase list, any word lists), lang equal to the file name and a name', () => {
    const wordLists = Object.keys(data).filter((key) => (WORD_LISTS as readonly string[]).includes(key));
    expect(Object.keys(data).sort()).toEqual(['lang', 'name', ...PHRASE_LISTS, ...wordLists].sort());
    expect(data.lang).toBe(code);
    expect(typeof data.name).toBe('string');
    expect((data.name as string).trim()).not.toBe('');
  });

  it('has lists of non-empty, trimmed strings that survive normalisation', () => {
    for (const list of PHRASE_LISTS) {
      const phrases = data[list];
      expect(Array.isArray(phrases), list).toBe(true);
      for (const phrase of phrases as unknown[]) {
        expect(typeof phrase, `${list}: ${String(phrase)}`).toBe('string');
        const s = phrase as string;
        expect(s, list).toBe(s.trim());
        expect(s, list).not.toMatch(/\s{2,}|[\n\t]/);
        expect(normPhrase(s), `${list}: ${s}`).not.toBe('');
      }
    }
  });

  it('has word lists of lower-case words with single spaces and no pattern syntax', () => {
    for (const list of WORD_LISTS) {
      if (!(list in data)) continue;
      expect(Array.isArray(data[list]), list).toBe(true);
      for (const word of data[list] as unknown[]) expectPlainWord(list, word);
    }
  });

  it('has at least one ad label and one related lead', () => {
    expect((data.adLabels as string[]).length).toBeGreaterThan(0);
    expect((data.relatedLeads as string[]).length).toBeGreaterThan(0);
  });

  it('never puts an ad label or a byline fragment in another list (matched as normalised)', () => {
    const rules = data as unknown as LanguageRules;
    for (const exclusive of ['adLabels', 'bylineFragments'] as const) {
      const mine = new Set(rules[exclusive].map(normPhrase));
      for (const other of PHRASE_LISTS.filter((l) => l !== exclusive)) {
        const shared = rules[other].map(normPhrase).filter((p) => mine.has(p));
        expect(shared, `${exclusive} vs ${other}`).toEqual([]);
      }
    }
  });

  it('has no two phrases of a list that normalise to the same text', () => {
    for (const list of PHRASE_LISTS) {
      const normalised = (data[list] as string[]).map(normPhrase);
      expect(new Set(normalised).size, list).toBe(normalised.length);
    }
  });

  it('is registered in LANGUAGE_RULES', () => {
    expect(LANGUAGE_RULES[code]).toEqual(data);
  });
});

/** A word list's entry: a lower-case word or phrase, matched literally (the code escapes it). */
function expectPlainWord(list: string, word: unknown): void {
  expect(typeof word, `${list}: ${String(word)}`).toBe('string');
  const s = word as string;
  expect(s, list).not.toBe('');
  expect(s, list).toBe(s.trim());
  expect(s, list).toBe(s.toLowerCase());
  expect(s, list).not.toMatch(/\s{2,}|[\n\t]|[*+?^${}()|[\]\\]/);
}

describe('word lists (merged over every language file and common.json)', () => {
  it.each(WORD_LISTS)('%s has words, and its pattern compiles and matches each word whole, in any case', (list) => {
    const words = everyLanguage(list);
    expect(words.length).toBeGreaterThan(0);
    const pattern = new RegExp(`^(?:${alternation(words, '\\s+')})$`, 'i');
    for (const word of words) {
      expect(pattern.test(word), word).toBe(true);
      expect(pattern.test(word.toUpperCase()), word).toBe(true);
      expect(pattern.test(`${word}x`), word).toBe(false);
    }
  });

  it('matches nothing for an empty list', () => {
    expect(new RegExp(`^(?:${alternation([])})$`).test('')).toBe(false);
  });

  it('puts the longer of two words sharing a start first ("wita" before "wit")', () => {
    const parts = alternation(['wit', 'wita', 'a.m']).split('|');
    expect(parts.indexOf('wita')).toBeLessThan(parts.indexOf('wit'));
    expect(parts).toContain('a\\.m');
  });
});

describe('LANGUAGE_RULES', () => {
  it('has every required language, keyed by its own code', () => {
    for (const lang of REQUIRED) {
      expect(LANGUAGE_RULES[lang], lang).toBeDefined();
      expect(LANGUAGE_RULES[lang]!.lang).toBe(lang);
    }
  });

  it('merged with English, never makes an ad label a related lead', () => {
    const en = LANGUAGE_RULES.en!;
    for (const [lang, rules] of Object.entries(LANGUAGE_RULES)) {
      const ads = new Set([...en.adLabels, ...rules.adLabels].map(normPhrase));
      const leads = [...en.relatedLeads, ...rules.relatedLeads].map(normPhrase).filter((p) => ads.has(p));
      expect(leads, lang).toEqual([]);
    }
  });
});

describe('common.json', () => {
  // Read as data so the test follows the file's lists (selectors, tags, attributes, hosts) as they change.
  const common = JSON.parse(read('common.json')) as Record<string, unknown>;
  const list = (key: string): string[] => (Array.isArray(common[key]) ? (common[key] as string[]) : []);
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const validCss = (selector: string): boolean => {
    try {
      document.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };

  it('has word lists only from the schema, of plain lower-case words', () => {
    const wordLists = Object.keys(common).filter((key) => (WORD_LISTS as readonly string[]).includes(key));
    expect(wordLists.length).toBeGreaterThan(0);
    for (const list of wordLists) for (const word of common[list] as unknown[]) expectPlainWord(list, word);
  });

  it('has only lists of non-empty, trimmed strings, sorted and duplicate-free', () => {
    for (const [key, value] of Object.entries(common)) {
      expect(Array.isArray(value), key).toBe(true);
      for (const item of value as unknown[]) {
        expect(typeof item, key).toBe('string');
        expect((item as string).trim(), key).toBe(item);
        expect(item, key).not.toBe('');
      }
      expect(value, key).toEqual(tidyList(value as string[]));
    }
  });

  it('matches the CommonRules the code reads', () => {
    expect(COMMON_RULES).toEqual(common);
  });

  it('has selectors that all parse as CSS', () => {
    for (const selector of list('selectors')) expect(validCss(selector), selector).toBe(true);
    for (const tag of list('tags')) {
      expect(tag, 'tag names are lower case').toBe(tag.toLowerCase());
      expect(validCss(tag), tag).toBe(true);
    }
    for (const attribute of list('attributes')) expect(validCss(`[${attribute}]`), attribute).toBe(true);
  });

  it('has iframe hosts that are bare lower-case host names', () => {
    for (const host of list('iframeHosts')) expect(host).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
  });
});
