import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { sanitizeArticleHtml } from '../../src/core/sanitize';

// Data-driven check over the XSS corpus copied into fixtures/xss (see SOURCE.md there for origin and licences).
interface Vector {
  id: string;
  source: string;
  payload: string;
}
const file = fileURLToPath(new URL('./fixtures/xss/all-vectors.jsonl', import.meta.url));
const vectors = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Vector);

const win = new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;

const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'base', 'meta', 'link', 'applet'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** What a browser would make of a URL attribute's scheme: control characters and whitespace gone, lower case. */
const normaliseUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

/** Every dangerous thing a DOM walk finds in `html` once parsed the way the reading view parses it. */
function dangers(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  const found: string[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'srcdoc') found.push(`${tag}[srcdoc]`);
      if (URL_ATTRIBUTES.has(name) || attr.localName.toLowerCase() === 'href') {
        const url = normaliseUrl(attr.value);
        if (url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('data:text/html')) {
          found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
        }
      }
    }
  }
  return found;
}

describe('the DOM-walk checker itself', () => {
  it('finds what it looks for', () => {
    expect(dangers('<p>ok</p><a href="https://a.example/">ok</a>')).toEqual([]);
    expect(dangers('<script>1</script>')).toEqual(['<script>']);
    expect(dangers('<img src=x onerror=alert(1)>')).toEqual(['img[onerror]']);
    expect(dangers('<a href=" java\tscript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangers('<svg><a xlink:href="JAVASCRIPT:alert(1)"><text>x</text></a></svg>')).toHaveLength(1);
    expect(dangers('<form><button formaction="javascript:alert(1)">b</button></form>')).toEqual(['<form>', 'button[formaction=javascript:alert(1)]']);
  });

  it('would flag the raw corpus (so a pass below means something)', () => {
    const flagged = vectors.filter((v) => dangers(v.payload).length > 0);
    expect(flagged.length).toBeGreaterThan(100);
  });
});

describe('XSS corpus', () => {
  it('has all 401 vectors from the three sources', () => {
    expect(vectors).toHaveLength(401);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(401);
    expect(new Set(vectors.map((v) => v.source))).toEqual(new Set(['dompurify-fixtures', 'dompurify-fuzz-seeds', 'h5sc']));
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s: sanitized output carries nothing dangerous', (_id, vector) => {
    const out = sanitizeArticleHtml(vector.payload, win);
    expect(dangers(out)).toEqual([]);
    // Sanitizing is stable: a second pass finds nothing new to remove that was dangerous.
    expect(dangers(sanitizeArticleHtml(out, win))).toEqual([]);
  });
});

describe('XSS corpus through extraction then sanitizing', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the council report tells how the water board spent the spring weighing the cost of pipes, pumps and people against the rates that households in the valley pay each quarter.</p>`;
  const page = (payload: string) =>
    `<!doctype html><html lang="en"><head><title>Water board report</title></head><body><article><h1>Water board report</h1>${
      Array.from({ length: 12 }, (_, i) => paragraph(i)).join('')}<div>${payload}</div>${
      Array.from({ length: 12 }, (_, i) => paragraph(i + 12)).join('')}</article></body></html>`;

  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const url = 'https://news.example/2024/report';
    const dom = new JSDOM(page(vector.payload), { url });
    const outcome = extractArticle(dom.window.document, url);
    if (!outcome.ok) return; // nothing is shown, so nothing can run
    expect(dangers(sanitizeArticleHtml(outcome.article.html, win))).toEqual([]);
  });
});
