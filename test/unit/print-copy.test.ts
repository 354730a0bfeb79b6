// @vitest-environment jsdom
// The copy of the article a print of the tab shows while the view is open (src/content/print-copy.ts).
import { describe, expect, it } from 'vitest';
import { printCopy, type PrintedArticle } from '../../src/content/print-copy';

const ARTICLE: PrintedArticle = {
  url: 'https://news.example/2024/story', title: 'A title', byline: 'A. Writer', siteName: 'News', lang: 'id', dir: 'ltr',
  html: '<p onclick="steal()">First <a href="javascript:steal()">link</a> <a href="https://x.example/">ok</a></p>'
    + '<script>steal()</script><figure><img src="https://img.example/a.jpg" onerror="steal()" style="width:9000px" alt=""><figcaption>Caption</figcaption></figure>'
    + '<iframe src="https://ads.example/"></iframe><form><input value="x"></form><p>Last</p>',
};

describe('printCopy', () => {
  it('has the site, title, byline, body with figures and captions, and the source address at the end', () => {
    const copy = printCopy(document, ARTICLE);
    expect(copy.querySelector('h1')?.textContent).toBe('A title');
    expect(copy.querySelector('.site')?.textContent).toBe('News');
    expect(copy.querySelector('.byline')?.textContent).toBe('A. Writer');
    expect(copy.querySelector('figure figcaption')?.textContent).toBe('Caption');
    expect(copy.querySelector('figure img')?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(copy.lastElementChild?.textContent).toBe(ARTICLE.url);
    expect(copy.lang).toBe('id');
    expect(copy.textContent).toContain('First');
    expect(copy.textContent).toContain('Last');
  });

  it('is inert: no script, frame, form, handler, inline style or javascript: link comes along', () => {
    const copy = printCopy(document, ARTICLE);
    expect(copy.querySelectorAll('script, iframe, form, input')).toHaveLength(0);
    for (const el of copy.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name, el.outerHTML).not.toMatch(/^(on|style$)/);
    }
    expect([...copy.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, 'https://x.example/']);
  });

  it('loads every image before a print starts: no image is left to load lazily', () => {
    const copy = printCopy(document, { ...ARTICLE, html: '<p>Text</p><img src="https://img.example/b.jpg" loading="lazy" alt="">' });
    expect(copy.querySelector('img')?.hasAttribute('loading')).toBe(false);
  });

  it('without images, has no picture or media element, and keeps the captions', () => {
    const copy = printCopy(document, { ...ARTICLE, html: `${ARTICLE.html}<picture><source srcset="https://img.example/c.webp"><img src="https://img.example/c.jpg" alt=""></picture><video src="https://v.example/v.mp4"></video>` }, { images: false });
    expect(copy.querySelectorAll('img, picture, source, video')).toHaveLength(0);
    expect(copy.querySelector('figcaption')?.textContent).toBe('Caption');
    expect(copy.textContent).toContain('Last');
  });

  it('does not show on screen: its style sheet shows it for print only', () => {
    const style = printCopy(document, ARTICLE).querySelector('style')!.textContent!;
    expect(style).toMatch(/^\s*\.print \{ display: none; \}/);
    expect(style).toMatch(/@media print \{\s*\.print \{ display: block;/);
  });
});
