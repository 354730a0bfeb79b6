// The saved HTML file: self-contained, in the article's language and direction, styled like the
// view, and with nothing in it that runs, even from a hostile article.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { htmlDocument, type HtmlExport } from '../../../src/ui/reader/export/html-document';

const { window } = new JSDOM('');
const HOSTILE = `
  <p onclick="steal()">First <a href="javascript:alert(1)">bad link</a> and <a href="https://ok.example/a">good link</a>.</p>
  <script>steal()</script><img src="x" onerror="steal()">
  <figure><picture><source srcset="https://img.example/big.webp"><img src="https://img.example/p.jpg" srcset="https://img.example/p2.jpg 2x" alt="Harbour"></picture>
  <figcaption>Harbour at dawn</figcaption></figure>
  <iframe src="https://evil.example"></iframe><svg><script>steal()</script></svg>
  <form action="https://evil.example"><input name="q"></form><style>body{display:none}</style>`;

const input = (over: Partial<HtmlExport> = {}): HtmlExport => ({
  article: { title: 'Pelabuhan </title><script>x()</script> & "laut"', siteName: 'Kabar <b>Nusa</b>', url: 'https://kabarnusa.example/a', lang: 'ar', dir: 'rtl' },
  safeHtml: sanitizeArticleHtml(HOSTILE, window as unknown as Window),
  css: '.reader-body p { margin: 1em; } /* </style><script>x()</script> */',
  theme: 'sepia',
  typeStyle: { '--reader-font-size': '20px' },
  meta: ['Siti', '11 March 2024', ''],
  originalLabel: 'Original page',
  ...over,
});

const parse = (html: string) => new JSDOM(html).window.document;

describe('htmlDocument', () => {
  const html = htmlDocument(input(), window.document);
  const doc = parse(html);

  it('is a whole page: doctype, charset first, the article\'s language, direction and the theme on <html>', () => {
    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    expect(doc.head.firstElementChild!.outerHTML).toBe('<meta charset="utf-8">');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.dataset.theme).toBe('sepia');
    expect(doc.title).toBe('Pelabuhan </title><script>x()</script> & "laut"');
  });

  it('carries the header as text, the body, the source address and the styles in one <style>', () => {
    expect(doc.querySelector('.reader-title')!.textContent).toBe('Pelabuhan </title><script>x()</script> & "laut"');
    expect(doc.querySelector('.reader-site')!.textContent).toBe('Kabar <b>Nusa</b>');
    expect([...doc.querySelectorAll('.reader-meta span')].map((s) => s.textContent)).toEqual(['Siti', '11 March 2024']);
    expect(doc.querySelector('.reader-body p')!.textContent).toMatch(/^First bad link and good link\.$/);
    expect(doc.querySelector('.reader-body a[href="https://ok.example/a"]')).not.toBeNull();
    expect(doc.querySelector('.reader-footer a')!.getAttribute('href')).toBe('https://kabarnusa.example/a');
    expect(doc.querySelector('.reader')!.getAttribute('style')).toBe('--reader-font-size: 20px');
    const styles = doc.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('.reader-body p { margin: 1em; }');
  });

  it('has nothing that runs, loads a frame or submits: no script, handler, javascript: link, frame or form', () => {
    expect(doc.querySelectorAll('script, iframe, object, embed, form, input, link, base, source')).toHaveLength(0);
    // The style sheet is raw text that cannot be closed early (its "</style" is escaped): outside it, no markup runs.
    expect(doc.querySelector('style')!.textContent).not.toMatch(/<\/style/i);
    expect(html.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/<script|javascript:|\bon(click|error|load)=/i);
    for (const el of doc.querySelectorAll('*')) {
      expect([...el.attributes].filter((a) => a.name.startsWith('on')), el.tagName).toEqual([]);
    }
  });

  it('keeps images as links to their addresses (one each, no srcset), nothing embedded, captions kept', () => {
    const images = [...doc.querySelectorAll('.reader-body img')];
    // The relative "x" had no address the sanitizer accepts: that image keeps none.
    expect(images.map((img) => img.getAttribute('src'))).toEqual([null, 'https://img.example/p.jpg']);
    expect(doc.querySelectorAll('[srcset]')).toHaveLength(0);
    expect(html).not.toMatch(/src="data:/);
    expect(doc.querySelector('figcaption')!.textContent).toBe('Harbour at dawn');
  });

  it('disarms what it is given even when the body did not go through the sanitizer', () => {
    const raw = parse(htmlDocument(input({ safeHtml: HOSTILE }), window.document));
    expect(raw.querySelectorAll('script, iframe, form, style:not(head style)')).toHaveLength(0);
    expect(raw.querySelector('a[href^="javascript"]')).toBeNull();
    expect(raw.querySelector('[onclick], [onerror]')).toBeNull();
  });
});
