// A page's pictures in the article: the lead figure found by image identity (any size of the share
// image), the page's only figure never lost, and each photo once.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { imageIdentity } from '../../src/core/extract/media/image-identity';

const URL_ = 'https://news.example/world/2024/story.html';
const EN = (n: number) => `<p>Paragraph ${n} of the story carries enough words, commas, and clauses to be scored as real prose by Readability, which wants length and more length.</p>`;
const JA = (n: number) => `<p>第${n}段落。港の朝は早く、漁師たちは日の出前から船の準備を始める。今年は水揚げが少なく、組合は新しい販路を探している、と関係者は話した。町の人々も、観光客の増加に期待を寄せている。市は来年度、港の整備に予算を付ける方針で、地元の商店街も新しい取り組みを準備している。</p>`;

interface PageParts { lang?: string; head?: string; above?: string; inBody?: string; para?: (n: number) => string; furniture?: string }

function page({ lang = 'en', head = '', above = '', inBody = '', para = EN, furniture = '' }: PageParts): Document {
  return new JSDOM(`<!doctype html><html lang="${lang}"><head><title>Story</title>${head}</head><body>
    <header><nav><a href="/">Home</a></nav>${furniture}</header>
    <main><h1>Story</h1><div class="featured">${above}</div>
    <div class="entry-content">${para(1)}${para(2)}${inBody}${para(3)}${para(4)}${para(5)}</div></main>
    <footer><a href="/about">About</a></footer></body></html>`, { url: URL_ }).window.document;
}

function articleHtml(doc: Document): Document {
  const out = extractArticle(doc, URL_);
  if (!out.ok) throw new Error(out.message);
  return new JSDOM(out.article.html).window.document;
}

const srcs = (doc: Document) => [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));

describe('the page\'s only figure', () => {
  it('comes back when it sat above the story and the page has no share image (a Japanese article)', () => {
    const figure = '<figure><img src="/img/minato.jpg" alt="港の朝"><figcaption>早朝の港（撮影：記者）</figcaption></figure>';
    const doc = articleHtml(page({ lang: 'ja', para: JA, above: figure }));
    expect(srcs(doc)).toEqual(['https://news.example/img/minato.jpg']);
    expect(doc.querySelector('figure figcaption')?.textContent).toBe('早朝の港（撮影：記者）');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('港の朝');
  });

  it('comes back without a caption, with its lazy-loaded address resolved', () => {
    const figure = '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="../../media/harbour-1024x576.jpg" class="lazyload" alt=""></figure>';
    const doc = articleHtml(page({ above: figure }));
    expect(srcs(doc)).toEqual(['https://news.example/media/harbour-1024x576.jpg']);
  });

  it('is not guessed among several figures, nor taken from the site\'s header or footer', () => {
    const two = '<figure><img src="/a.jpg" alt=""></figure><figure><img src="/b.jpg" alt=""></figure>';
    expect(srcs(articleHtml(page({ above: two })))).toEqual([]);
    const logo = '<figure><img src="/logo.png" alt="News"></figure>';
    expect(srcs(articleHtml(page({ furniture: logo })))).toEqual([]);
  });

  it('is not added when the article has a picture of its own', () => {
    const figure = '<figure><img src="/img/above.jpg" alt=""></figure>';
    const doc = articleHtml(page({ above: figure, inBody: '<figure><img src="/img/inside.jpg" alt=""><figcaption>Inside</figcaption></figure>' }));
    expect(srcs(doc)).toEqual(['https://news.example/img/inside.jpg']);
  });
});

describe('the lead figure, by image identity', () => {
  const head = '<meta property="og:image" content="https://news.example/media/harbour-1200x630.jpg">';

  it('is found in another size than the share image and comes back with its caption', () => {
    const figure = '<figure><img src="/media/harbour-696x392.jpg" srcset="/media/harbour-696x392.jpg 696w, /media/harbour-1068x601.jpg 1068w" alt=""><figcaption>The harbour at dawn</figcaption></figure>';
    const doc = articleHtml(page({ head, above: figure }));
    expect(srcs(doc)).toEqual(['https://news.example/media/harbour-1200x630.jpg']);
    expect(doc.querySelector('figcaption')?.textContent).toBe('The harbour at dawn');
  });

  it('is not added when the story shows the photo in another size', () => {
    const figure = '<figure><img src="/media/harbour-696x392.jpg" alt=""><figcaption>The harbour at dawn</figcaption></figure>';
    const doc = articleHtml(page({ head, above: figure, inBody: '<p><img src="/media/harbour.jpg?w=800" alt=""></p>' }));
    // One picture, where the story had it (in the share image's larger size), and no caption from above.
    expect(srcs(doc)).toEqual(['https://news.example/media/harbour-1200x630.jpg']);
    expect(doc.querySelector('figure')).toBeNull();
  });
});

describe('the story\'s copy of the lead photo', () => {
  const head = '<meta property="og:image" content="https://news.example/media/harbour.jpg"><meta property="og:image:width" content="1600">';

  it('shows the larger share image when it is a small fixed size, keeping its place and caption', () => {
    const inBody = '<figure><img src="/media/harbour-300x169.jpg" width="300" height="169" alt="Harbour"><figcaption>The harbour at dawn</figcaption></figure>';
    const doc = articleHtml(page({ head, inBody }));
    expect(srcs(doc)).toEqual(['https://news.example/media/harbour.jpg']);
    expect(doc.querySelector('img')?.hasAttribute('width')).toBe(false);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Harbour');
    expect(doc.querySelector('figcaption')?.textContent).toBe('The harbour at dawn');
  });

  it('is left alone when it offers sizes of its own or is no smaller', () => {
    const withSrcset = '<p><img src="/media/harbour-300x169.jpg" srcset="/media/harbour-300x169.jpg 300w, /media/harbour-2048x1152.jpg 2048w" alt=""></p>';
    expect(srcs(articleHtml(page({ head, inBody: withSrcset })))).toEqual(['https://news.example/media/harbour-300x169.jpg']);
    const large = '<p><img src="/media/harbour-1600x900.jpg" width="1600" alt=""></p>';
    expect(srcs(articleHtml(page({ head, inBody: large })))).toEqual(['https://news.example/media/harbour-1600x900.jpg']);
  });
});

describe('each photo once in the article', () => {
  it('keeps the copy in a captioned figure, dropping a bare copy of another size and its empty wrapper', () => {
    const inBody = '<p><img src="/media/quay-300x169.jpg" width="300" alt=""></p>' + EN(6)
      + '<figure><img src="/media/quay-1024x576.jpg" alt=""><figcaption>Fishing boats tied up at the quay</figcaption></figure>';
    const out = extractArticle(page({ inBody }), URL_);
    if (!out.ok) throw new Error(out.message);
    const doc = new JSDOM(out.article.html).window.document;
    expect(srcs(doc)).toEqual(['https://news.example/media/quay-1024x576.jpg']);
    expect(doc.querySelector('figcaption')?.textContent).toBe('Fishing boats tied up at the quay');
    expect([...doc.querySelectorAll('p')].some((p) => p.textContent?.trim() === '' && p.children.length === 0)).toBe(false);
    expect(out.article.text).toContain('Paragraph 6');
  });

  it('keeps the largest of copies without a caption, and every different photo', () => {
    const inBody = '<p><img src="/media/crane-480.jpg" alt=""></p>' + EN(6)
      + '<p><img src="/media/crane-960.jpg" srcset="/media/crane-960.jpg 960w, /media/crane-1600.jpg 1600w" alt=""></p>'
      + '<p><img src="/media/ship-960.jpg" alt=""></p>';
    const doc = articleHtml(page({ inBody }));
    expect(srcs(doc)).toEqual(['https://news.example/media/crane-960.jpg', 'https://news.example/media/ship-960.jpg']);
    const identities = srcs(doc).map((s) => imageIdentity(s!));
    expect(new Set(identities).size).toBe(identities.length);
  });
});
