import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';

// A single-page app after pushState: the head still describes the first story, the body shows the second.
const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const index = JSON.parse(readFileSync(`${PAGES}index.json`, 'utf8')) as { file: string; url: string; title: string; body: string }[];
const first = index.find((e) => e.file === 'seed.html')!;
const second = index.find((e) => e.file === 'en-meridian-water-buyback.html')!;
const part = (file: string, tag: string) => new RegExp(`<${tag}[^>]*>([\\s\\S]*)</${tag}>`, 'i').exec(readFileSync(`${PAGES}${file}`, 'utf8'))![1]!;

function appAfterNavigation() {
  const html = `<!doctype html><html><head>${part(first.file, 'head')}</head><body>${part(second.file, 'body')}</body></html>`;
  return new JSDOM(html, { url: second.url }).window.document;
}

describe('extractArticle after an in-app navigation (headMayBeStale)', () => {
  it('takes the headline from the rendered page, not from the stale head', () => {
    const doc = appAfterNavigation();
    const stale = extractArticle(doc, second.url);
    const fresh = extractArticle(doc, second.url, { headMayBeStale: true });
    if (!stale.ok || !fresh.ok) throw new Error('no article');
    expect(stale.article.title).toBe(first.title);
    expect(fresh.article.title).toBe(second.title);
    // With the right headline known, the body starts with the story, not with the headline again.
    expect(fresh.article.text.startsWith(second.body.split('\n\n')[0]!.slice(0, 60))).toBe(true);
  });

  it('does not take the previous story\'s byline, date or description either', () => {
    const doc = appAfterNavigation();
    const stale = extractArticle(doc, second.url);
    const fresh = extractArticle(doc, second.url, { headMayBeStale: true });
    if (!stale.ok || !fresh.ok) throw new Error('no article');
    for (const key of ['byline', 'publishedTime', 'excerpt', 'leadImage', 'lang'] as const) {
      expect(stale.article[key], key).not.toBe('');
      expect(fresh.article[key], key).not.toBe(stale.article[key]);
    }
  });

  it('leaves the live document as it was', () => {
    const doc = appAfterNavigation();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, second.url, { headMayBeStale: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
