import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/core/sanitize';

// jsdom, created by hand (not happy-dom, not the vitest environment).
const win = new JSDOM('<!doctype html><html><body></body></html>').window;
const sanitize = (html: string) => sanitizeArticleHtml(html, win as unknown as Window);
const parse = (html: string) => new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
const clean = (html: string) => parse(sanitize(html));

describe('sanitizeArticleHtml removes active and foreign markup', () => {
  it('removes <script>, including its text', () => {
    const doc = clean('<p>before</p><script>window.__x = 1</script><p>after</p>');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.body.textContent).not.toContain('__x');
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });

  it('removes on* event handler attributes but keeps the element', () => {
    const doc = clean('<p onclick="alert(1)" onmouseover="alert(2)">t</p><img src="https://i.example/a.jpg" onerror="alert(3)">');
    const all = [...doc.body.querySelectorAll('*')];
    expect(all.map((el) => el.localName)).toEqual(['p', 'img']);
    for (const el of all) expect(el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on'))).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#x0A;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('removes the href %j', (href) => {
    const doc = clean(`<p><a href="${href}">link text</a></p>`);
    const a = doc.querySelector('a');
    expect(doc.body.textContent).toContain('link text');
    expect(a?.hasAttribute('href') ?? false).toBe(false);
  });

  it.each(['ftp://files.example/a.txt', 'tel:+15550100', 'sms:+15550100', 'xmpp:desk@news.example', 'chrome://settings', 'file:///etc/passwd'])(
    'keeps only http(s), mailto and fragment links: drops %j',
    (href) => {
      expect(clean(`<p><a href="${href}">x</a></p>`).querySelector('a')?.hasAttribute('href')).toBe(false);
    },
  );

  it.each(['form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'frameset', 'template'])(
    'removes <%s>',
    (tag) => {
      const html = {
        form: '<form action="https://x.example/"><p>in form</p></form>',
        input: '<input name="q" value="v">',
        button: '<button type="submit">Go</button>',
        textarea: '<textarea>text</textarea>',
        select: '<select><option>o</option></select>',
        iframe: '<iframe src="https://x.example/"></iframe>',
        object: '<object data="https://x.example/a.swf"></object>',
        embed: '<embed src="https://x.example/a.swf">',
        style: '<style>body{display:none}</style>',
        link: '<link rel="stylesheet" href="https://x.example/a.css">',
        meta: '<meta http-equiv="refresh" content="0;url=https://x.example/">',
        base: '<base href="https://x.example/">',
        frameset: '<frameset><frame src="https://x.example/"></frameset>',
        template: '<template><p>t</p></template>',
      }[tag];
      const doc = clean(`<p>keep</p>${html}`);
      expect(doc.body.querySelector(tag)).toBeNull();
      expect(doc.querySelector('p')?.textContent).toBe('keep');
    },
  );

  it('removes style and data-* attributes and namespaces ids and names', () => {
    const doc = clean('<p style="position:fixed" id="x" data-track="1" class="lead">t</p><a name="n" href="https://a.example/">a</a>');
    const p = doc.querySelector('p')!;
    expect(p.hasAttribute('style')).toBe(false);
    expect(p.getAttribute('id')).toBe('user-content-x');
    expect(doc.querySelector('a')!.getAttribute('name')).toBe('user-content-n');
    expect(p.hasAttribute('data-track')).toBe(false);
    expect(p.textContent).toBe('t');
  });

  it('keeps footnote links working inside the view, without a new tab', () => {
    const doc = clean('<p>Claim<a href="#fn1">1</a></p><ol><li id="fn1">Source</li></ol>');
    const link = doc.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`#${doc.querySelector('li')!.id}`);
    expect(link.hasAttribute('target')).toBe(false);
  });

  it('sends SVG and image-map links to a new tab too', () => {
    const doc = clean('<svg><a href="https://elsewhere.example/"><text>chart</text></a></svg><map><area href="https://b.example/" alt="b"></map>');
    for (const link of doc.querySelectorAll('a, area')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(doc.querySelectorAll('a, area').length).toBeGreaterThan(0);
  });
});

describe('sanitizeArticleHtml lets data: URIs through for pictures only', () => {
  it.each([
    '<audio src="data:,x" controls></audio>',
    '<video src="data:text/html,<script>alert(1)</script>" poster="data:text/html,x"></video>',
    '<video><source src="DATA:audio/wav;base64,UklGRg=="></video>',
    '<img src=" data:text/html;base64,PHNjcmlwdD4=">',
    '<img srcset="https://i.example/a.jpg 1x, data:text/html,x 2x">',
  ])('drops a non-image data: URI: %s', (html) => {
    const doc = clean(html);
    for (const el of doc.body.querySelectorAll('*')) {
      for (const name of ['src', 'poster', 'srcset']) expect(el.getAttribute(name) ?? '').not.toMatch(/data:/i);
    }
  });

  it('keeps a data: image', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(clean(`<img src="${png}" alt="a">`).querySelector('img')?.getAttribute('src')).toBe(png);
  });
});

describe('sanitizeArticleHtml is idempotent', () => {
  it('drops an HTML <title> in the body (never shown; parsed again it would move to <head>) and keeps an SVG one', () => {
    const once = sanitize('<object><title>hidden</title></object><p>a</p><svg><title>A chart</title></svg>');
    expect(sanitize(once)).toBe(once);
    expect(once).not.toContain('hidden');
    expect(once).toContain('A chart');
  });
});

describe('sanitizeArticleHtml keeps article markup', () => {
  const article = `
    <h2>Sub</h2><p>Para <strong>bold</strong> <em>em</em></p>
    <figure><img src="https://img.example/a.jpg" alt="Alt text"><figcaption>Caption</figcaption></figure>
    <blockquote><p>Quote</p></blockquote><pre><code>let x = 1;</code></pre>
    <table><thead><tr><th>H</th></tr></thead><tbody><tr><td>D</td></tr></tbody></table>
    <ul><li>u1</li></ul><ol><li>o1</li></ol>`;

  it('keeps headings, paragraphs, figures, quotes, code, tables and lists', () => {
    const doc = clean(article);
    for (const sel of ['h2', 'p strong', 'p em', 'figure > img', 'figure > figcaption', 'blockquote > p', 'pre > code', 'table th', 'table td', 'ul > li', 'ol > li']) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(img.getAttribute('alt')).toBe('Alt text');
    expect(doc.querySelector('figcaption')?.textContent).toBe('Caption');
    expect(doc.querySelector('code')?.textContent).toBe('let x = 1;');
  });

  it('keeps the text of the article intact', () => {
    const text = (d: Document) => d.body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(clean(article))).toBe(text(parse(article)));
  });

  it.each(['https://news.example/a', 'http://news.example/b', 'mailto:desk@news.example'])('links to %s open in a new tab with noopener', (href) => {
    const a = clean(`<p><a href="${href}" target="_self" rel="opener">x</a></p>`).querySelector('a')!;
    expect(a.getAttribute('href')).toBe(href);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
  });

  it('is safe to call repeatedly with the same window', () => {
    const first = sanitize('<p onclick="x()">a</p>');
    expect(sanitize('<p onclick="x()">a</p>')).toBe(first);
  });
});
