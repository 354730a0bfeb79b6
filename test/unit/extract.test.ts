import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';

interface PageEntry {
  file: string;
  url: string;
  lang: string;
  article: boolean;
  title: string;
  body: string;
  clutter: string[];
}

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const index = JSON.parse(readFileSync(`${PAGES}index.json`, 'utf8')) as PageEntry[];
const articles = index.filter((e) => e.article);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const load = (entry: Pick<PageEntry, 'file' | 'url'>) => new JSDOM(readFileSync(`${PAGES}${entry.file}`, 'utf8'), { url: entry.url });
const textOf = (html: string) => collapse(new JSDOM(html).window.document.body.textContent ?? '');


describe('extractArticle on the labelled article pages', () => {
  it('has the article fixtures it expects, including seed.html', () => {
    expect(articles.length).toBe(10);
    expect(articles.map((e) => e.file)).toContain('seed.html');
  });

  describe.each(articles)('$file', (entry) => {
    const dom = load(entry);
    const before = dom.serialize();
    const outcome = extractArticle(dom.window.document, entry.url);

    it('finds an article with the headline as title', () => {
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.article.title).toBe(entry.title);
      expect(outcome.article.url).toBe(entry.url);
    });

    // Every article fixture (seed.html included) keeps all of its paragraphs; none is exempted.
    it('keeps every body paragraph', () => {
      if (!outcome.ok) throw new Error(`no article: ${outcome.message}`);
      const text = textOf(outcome.article.html);
      const paragraphs = entry.body.split(/\n\s*\n/).map(collapse).filter(Boolean);
      expect(paragraphs.length).toBeGreaterThan(0);
      const missing = paragraphs.filter((p) => !text.includes(p));
      expect(missing).toEqual([]);
      const bodyWords = entry.body.split(/\s+/).filter(Boolean).length;
      expect(outcome.article.wordCount).toBeGreaterThanOrEqual(bodyWords);
    });

    it('does not modify the input document', () => {
      expect(dom.serialize()).toBe(before);
    });

    it('returns clean metadata', () => {
      if (!outcome.ok) throw new Error(`no article: ${outcome.message}`);
      const { lang, dir, leadImage, byline, siteName, excerpt } = outcome.article;
      expect(lang === '' || /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)).toBe(true);
      if (lang) expect(lang.split('-')[0]?.toLowerCase()).toBe(entry.lang);
      expect(['ltr', 'rtl', 'auto']).toContain(dir);
      expect(leadImage === '' || /^https?:\/\//.test(leadImage)).toBe(true);
      if (leadImage) expect(() => new URL(leadImage)).not.toThrow();
      for (const field of [byline, siteName, excerpt, outcome.article.title]) expect(field).not.toMatch(/[<>]/);
    });
  });
});

describe('extractArticle on pages without an article', () => {
  it('a login form gives no-article with a message', () => {
    const entry = index.find((e) => e.file === 'nonarticle-ms-login.html')!;
    const outcome = extractArticle(load(entry).window.document, entry.url);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe('no-article');
    expect(outcome.message.trim()).not.toBe('');
  });

  it.each(['<html></html>', '', '<p>Too short.</p>'])('a broken or empty document %j gives ok:false without throwing', (html) => {
    const dom = new JSDOM(html, { url: 'https://news.example/empty' });
    let outcome: ReturnType<typeof extractArticle> | undefined;
    expect(() => { outcome = extractArticle(dom.window.document, 'https://news.example/empty'); }).not.toThrow();
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok) expect(outcome.message).not.toBe('');
  });

  it('a document without a root element gives ok:false without throwing', () => {
    const doc = new JSDOM('<p>x</p>').window.document;
    doc.removeChild(doc.documentElement);
    expect(extractArticle(doc, 'https://news.example/').ok).toBe(false);
  });

  it('minArticleText raises the bar for what counts as an article', () => {
    const entry = articles.find((e) => e.file === 'seed.html')!;
    const doc = load(entry).window.document;
    expect(extractArticle(doc, entry.url).ok).toBe(true);
    const outcome = extractArticle(doc, entry.url, { minArticleText: 1_000_000, minTextLength: 1_000_000 });
    expect(outcome).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('a short article with one real paragraph is still an article', () => {
    const paragraph = 'The city council voted on Monday to buy back the water system it sold fourteen years ago, ending a long fight over rising bills.';
    const doc = new JSDOM(`<html><body><article><h1>Council buys back water system</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`, { url: 'https://news.example/a' }).window.document;
    expect(extractArticle(doc, 'https://news.example/a').ok).toBe(true);
  });
});
