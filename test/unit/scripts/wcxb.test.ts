import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MissingCorpus, scoreWcxb, snippetRate, summarizeWcxb, wcxbBytes, wcxbPages, wordF1 } from '../../../scripts/bench/lib/wcxb';

describe('wordF1 (WCXB evaluate.py word_f1)', () => {
  it('counts overlapping lower-cased tokens as a multiset', () => {
    // prediction: the the cat sat (4); reference: The cat sat on the mat (6); overlap: the×2, cat, sat = 4
    const s = wordF1('the the cat sat', 'The cat sat on the mat');
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(4 / 6, 10);
    expect(s.f1).toBeCloseTo((2 * (4 / 6)) / (1 + 4 / 6), 10);
  });
  it('does not count a repeated predicted token more often than the reference has it', () => {
    const s = wordF1('cat cat cat', 'cat dog');
    expect(s.precision).toBeCloseTo(1 / 3, 10);
    expect(s.recall).toBe(0.5);
  });
  it('scores an empty reference 1 against an empty prediction and 0 against any text', () => {
    expect(wordF1('', '').f1).toBe(1);
    expect(wordF1('words', '').f1).toBe(0);
    expect(wordF1('', 'words').f1).toBe(0);
  });
  it('splits on punctuation and keeps letters of any script', () => {
    expect(wordF1('Café—über; 東京', 'café über 東京').f1).toBe(1);
  });
});

describe('snippetRate (evaluate.py snippet_check)', () => {
  it('is the share of snippets found case-folded, 1 with no snippets', () => {
    expect(snippetRate('The Quick brown fox', ['quick brown', 'lazy dog'])).toBe(0.5);
    expect(snippetRate('anything', [])).toBe(1);
  });
  it('is an exact substring test: spacing matters', () => {
    expect(snippetRate('quick  brown', ['quick brown'])).toBe(0);
  });
});

describe('scoreWcxb and summarizeWcxb', () => {
  const page = { id: '1', url: 'https://example.com/', type: 'article' as const, mainContent: 'a b c d', with: ['a b'], without: ['x y'], title: '', htmlPath: '' };
  it('averages page figures, F1 included', () => {
    const good = scoreWcxb(page, 'a b c d');
    const half = scoreWcxb(page, 'a b x y');
    expect(good).toMatchObject({ f1: 1, withRate: 1, withoutRate: 0 });
    expect(half).toMatchObject({ precision: 0.5, recall: 0.5, withRate: 1, withoutRate: 1 });
    expect(summarizeWcxb([good, half])).toMatchObject({ pages: 2, f1: 0.75, precision: 0.75, withoutRate: 0.5 });
  });
});

describe('wcxbPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wcxb-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads ground truth, page types ("category" as collection) and the gzipped page', () => {
    mkdirSync(join(dir, 'ground-truth'));
    mkdirSync(join(dir, 'html'));
    const truth = (type: unknown, main?: string) => ({ url: 'https://example.com/p', ground_truth: { main_content: main, with: ['x'], without: [] }, _internal: { page_type: type } });
    writeFileSync(join(dir, 'ground-truth', '0002.json'), JSON.stringify(truth({ primary: 'category' }, 'Body')));
    writeFileSync(join(dir, 'ground-truth', '0001.json'), JSON.stringify(truth({ primary: 'product' })));
    writeFileSync(join(dir, 'ground-truth', '0003.json'), JSON.stringify({ ground_truth: null }));
    writeFileSync(join(dir, 'html', '0001.html.gz'), gzipSync('<p>héllo</p>'));
    const pages = wcxbPages(dir);
    expect(pages.map((p) => [p.id, p.type, p.mainContent])).toEqual([['0001', 'product', ''], ['0002', 'collection', 'Body']]);
    expect(new TextDecoder().decode(wcxbBytes(pages[0]!))).toBe('<p>héllo</p>');
  });
  it('gives a page without an address a file URL, which says nothing about the page', () => {
    const corpus = join(dir, 'no-address');
    mkdirSync(join(corpus, 'ground-truth'), { recursive: true });
    mkdirSync(join(corpus, 'html'));
    const truth = (url: unknown) => ({ url, ground_truth: { main_content: 'Body', with: [], without: [] } });
    writeFileSync(join(corpus, 'ground-truth', '0001.json'), JSON.stringify(truth('')));
    writeFileSync(join(corpus, 'ground-truth', '0002.json'), JSON.stringify(truth(null)));
    writeFileSync(join(corpus, 'ground-truth', '0003.json'), JSON.stringify(truth('https://news.example/2024/05/story')));
    expect(wcxbPages(corpus).map((p) => p.url)).toEqual(['file:///wcxb/0001.html', 'file:///wcxb/0002.html', 'https://news.example/2024/05/story']);
  });
  it('says what is missing when the directory is not a WCXB corpus', () => {
    expect(() => wcxbPages(join(dir, 'nope'))).toThrow(MissingCorpus);
  });
});
