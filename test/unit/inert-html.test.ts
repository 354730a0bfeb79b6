// Markup held as text is parsed by the page's DOMParser (inert, and not flagged by Firefox's add-on
// linter as innerHTML would be); a document without a window of its own (a clone) falls back.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { decodedText } from '../../src/core/extract/json-ld';
import { defuseHandlers, htmlParserOf, inertFragment } from '../../src/core/inert-html';

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the harbour story, long enough to be read as prose by anyone who opens it today.</p>`).join('');

describe('inert HTML', () => {
  it('parses with the document\'s own window, nothing runs, and order is kept', () => {
    const { window } = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
    const doc = window.document;
    (window as unknown as { hit: number }).hit = 0;
    const fragment = inertFragment(doc, '<meta name="x"><img src="a.jpg" onerror="hit++"><script>hit++</script><p>t</p>', htmlParserOf(doc))!;
    expect([...fragment.childNodes].map((n) => n.nodeName)).toEqual(['META', 'IMG', 'SCRIPT', 'P']);
    doc.body.append(doc.createElement('div'));
    expect((window as unknown as { hit: number }).hit).toBe(0);
    expect(fragment.firstChild!.ownerDocument).toBe(doc);
  });

  it('renames every on* attribute before parsing (Chromium logs a CSP error for each one it parses), and leaves text alone', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const doc = window.document;
    const fragment = inertFragment(doc, `<img src="a.jpg" onerror="x()" ONLOAD='y()'><p onclick=z() title="t">turn on=off, <b>onset</b></p><svg/onload=w()>`, htmlParserOf(doc))!;
    const names = [...fragment.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(names.filter((n) => /^on/i.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['src', 'title', 'data-sift-onerror', 'data-sift-onclick']));
    expect(fragment.textContent).toBe('turn on=off, onset');
    expect(defuseHandlers('a on=b <i>c</i>')).toBe('a on=b <i>c</i>');
  });

  it('a clone has no parser of its own; decoding falls back to numeric and basic references', () => {
    const clone = new JSDOM('<!doctype html><body></body>').window.document.cloneNode(true) as Document;
    expect(htmlParserOf(clone)).toBeNull();
    expect(inertFragment(clone, '<p>x</p>', null)).toBeNull();
    expect(decodedText(clone, 'Rock &amp; roll &#8217;s &#x2014; <b>bold</b> &quot;q&quot;')).toBe('Rock & roll ’s — bold "q"');
  });

  it('a page with scripting on holds its <noscript> image as text; extraction still finds it through the page\'s parser', () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><article><h1>Harbour</h1>
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy="1"><noscript><img src="https://news.example/harbour.jpg" alt="Harbour"></noscript><figcaption>The harbour at dawn.</figcaption></figure>
      ${story}</article></body></html>`;
    const { window } = new JSDOM(html, { url: 'https://news.example/2024/05/harbour' });
    // As a browser with scripting on parses it: the noscript holds its markup as text.
    const noscript = window.document.querySelector('noscript')!;
    noscript.textContent = noscript.innerHTML;
    expect(noscript.children).toHaveLength(0);
    const outcome = extractArticle(window.document, 'https://news.example/2024/05/harbour');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.html).toContain('https://news.example/harbour.jpg');
  });
});
