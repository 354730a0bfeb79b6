// Entity marks are added after sanitizing: they must not be a way back in for markup. Mentions are
// placed wherever the names occur in the text blocks (as a recognizer would), over articles whose
// names also sit in attributes, in SVG titles, in text that spells out markup, and around elements
// the sanitizer takes out.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/core/entities/blocks';
import type { Entity, Mention } from '../../src/core/entities/types';
import { sanitizeArticleHtml } from '../../src/core/sanitize';
import { clearHighlights, highlightMentions } from '../../src/ui/reader/entities/highlight';

const NAMES = ['Jakarta', 'onerror', 'script', 'Ana <b>', 'img src=x', 'alert', 'Reuters'];
const entities: Entity[] = NAMES.map((text) => ({ text, type: 'place', mentions: 1, salience: 0.5, aliases: [], key: true }));

function mentionsIn(root: Element): Mention[] {
  const mentions: Mention[] = [];
  textBlocks(root).forEach((block, b) => {
    NAMES.forEach((name, entity) => {
      for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + name.length)) {
        mentions.push({ block: b, start: at, end: at + name.length, text: name, type: 'place', entity });
      }
    });
  });
  return mentions.sort((x, y) => x.block - y.block || x.start - y.start);
}

const ARTICLES = [
  '<p><img alt="Jakarta onerror" title="script" src="https://i.example/a.jpg"> Jakarta floods again.</p>',
  '<p>The filter printed &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(1)&lt;/script&gt; near Jakarta.</p>',
  '<p>Ana &lt;b&gt; wrote to Reuters.</p><svg><title>Jakarta &lt;script&gt;alert(1)&lt;/script&gt;</title><text>Jakarta</text></svg>',
  '<p>Before <textarea>Jakarta</textarea> after <style>p{}</style> Reuters <a href="https://r.example/" title="onerror=alert(1)">alert Jakarta</a>.</p>',
  '<pre>&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt; Jakarta</pre><p>&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt; Jakarta</p>',
];

/** Element names and attributes in `root`, in document order, leaving the marks out. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].filter((el) => !el.matches('mark[data-entity]'))
    .map((el) => `${el.localName}[${el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).join(' ')}]`);
}

describe('entity marks over sanitized articles', () => {
  it.each(ARTICLES.map((html, i) => [i + 1, html] as const))('article %i: only <mark> elements are added, and text stays text', (_n, html) => {
    const { window } = new JSDOM('<!doctype html><body><div id="view"></div></body>');
    const view = window.document.getElementById('view')!;
    view.innerHTML = sanitizeArticleHtml(html, window as unknown as Window);
    const before = view.innerHTML;
    const shapeBefore = shape(view);
    const textBefore = view.textContent;
    const mentions = mentionsIn(view);
    expect(mentions.length).toBeGreaterThan(0); // the test places marks, so the checks below mean something
    const marks = highlightMentions(textBlocks(view), mentions, entities, { types: new Set(['place']), keyOnly: false }).flat();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.localName).toBe('mark');
      expect(mark.children.length).toBe(0); // a mark holds text only
      expect(mark.closest('svg, pre, code, title')).toBeNull();
    }
    // Nothing but marks was added, no attribute changed, and the text reads the same.
    expect(shape(view)).toEqual(shapeBefore);
    expect(view.textContent).toBe(textBefore);
    // Serialized and parsed again (as an export would), the escaped markup is still text.
    const reparsed = new JSDOM(`<body>${view.innerHTML}</body>`).window.document.body;
    expect(reparsed.querySelector('script, img[onerror], b')).toBeNull();
    expect([...reparsed.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on'))).toEqual([]);
    clearHighlights(view);
    expect(view.innerHTML).toBe(before);
  });
});
