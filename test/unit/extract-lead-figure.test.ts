import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';

const URL_ = 'https://news.example/world/2024/story.html';
const para = (n: number) => `<p>Paragraph ${n} of the story carries enough words, commas, and clauses to be scored as real prose by Readability, which wants length and more length.</p>`;

function page(featured: string, inBody = ''): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Story</title>
    <meta property="og:image" content="https://news.example/media/harbour.jpg"></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <main><h1>Story</h1><div class="featured">${featured}</div>
    <div class="entry-content">${para(1)}${para(2)}${inBody}${para(3)}${para(4)}${para(5)}</div></main></body></html>`, { url: URL_ }).window.document;
}

const FEATURED = '<figure><img src="/media/harbour-696x392.jpg" alt=""><figcaption>The harbour at dawn (Photo: Reuters)</figcaption></figure>';

describe('the lead figure', () => {
  it('comes back first in the article with its caption, and the plain text stays the body only', () => {
    const out = extractArticle(page(FEATURED), URL_);
    if (!out.ok) throw new Error(out.message);
    const doc = new JSDOM(out.article.html).window.document;
    const figure = doc.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://news.example/media/harbour.jpg');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('The harbour at dawn (Photo: Reuters)');
    expect(doc.body.textContent?.indexOf('harbour at dawn')).toBeLessThan(doc.body.textContent?.indexOf('Paragraph 1') ?? 0);
    expect(out.article.text).not.toContain('harbour at dawn');
  });

  it('is not added when the article shows that image already, nor without a caption', () => {
    const shown = extractArticle(page(FEATURED, '<figure><img src="/media/harbour.jpg" alt=""><figcaption>Inside</figcaption></figure>'), URL_);
    if (!shown.ok) throw new Error(shown.message);
    expect(shown.article.html.match(/<figure/g)).toHaveLength(1);
    const bare = extractArticle(page('<figure><img src="/media/harbour-696x392.jpg" alt=""></figure>'), URL_);
    if (!bare.ok) throw new Error(bare.message);
    expect(bare.article.html).not.toContain('<figure');
  });
});
