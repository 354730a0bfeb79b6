// An article with a data table, a captioned figure, a code block, lists and links, through the
// extraction, the sanitizer and the Markdown converter as the view's export runs them: each survives.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { htmlToMarkdown } from '../../../src/core/markdown';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';

const prose = (topic: string) => `<p>${`The ${topic} went on through the week, and residents of the river towns followed each report closely, comparing readings with their neighbours. `.repeat(4)}</p>`;

const PAGE = `<!doctype html><html lang="en"><head><title>River levels rise along the valley</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>River levels rise along the valley</h1>
${prose('rain')}
<figure><img src="https://img.example/river.jpg" alt="The river at dawn" width="1200" height="675"><figcaption>The river at dawn on Monday.</figcaption></figure>
${prose('flooding')}
<table><thead><tr><th>Town</th><th>Level (m)</th></tr></thead><tbody><tr><td>Alder</td><td>3.2</td></tr><tr><td>Birch</td><td>2.7</td></tr></tbody></table>
${prose('measurement')}
<ul><li>Move cars to higher ground</li><li>Keep drains clear</li></ul>
<ol><li>Check the <a href="https://water.example/levels">official levels</a></li><li>Call the hotline</li></ol>
<pre><code class="language-sh">curl https://water.example/api/levels?town=alder</code></pre>
${prose('recovery')}
</article></main><footer>© River News</footer></body></html>`;

describe('a rich article exported as Markdown', () => {
  const url = 'https://river.example/2024/05/levels';
  const doc = new JSDOM(PAGE, { url, virtualConsole: new VirtualConsole() }).window.document;
  const outcome = extractArticle(doc, url);
  const { window } = new JSDOM('');
  const markdown = outcome.ok ? htmlToMarkdown(sanitizeArticleHtml(outcome.article.html, window as unknown as Window), new window.DOMParser()) : '';

  it('is extracted', () => expect(outcome.ok).toBe(true));

  it('keeps the table as a Markdown table with its header row', () => {
    expect(markdown).toContain('| Town | Level (m) |\n| --- | --- |\n| Alder | 3.2 |\n| Birch | 2.7 |');
  });

  it('keeps the figure: its picture, then its caption in italics', () => {
    expect(markdown).toContain('![The river at dawn](https://img.example/river.jpg)\n\n*The river at dawn on Monday.*');
  });

  it('keeps the code block fenced, and the lists and links', () => {
    // Readability drops class names, so the code's language (class="language-sh") does not reach the view.
    expect(markdown).toContain('```\ncurl https://water.example/api/levels?town=alder\n```');
    expect(markdown).toContain('- Move cars to higher ground\n- Keep drains clear');
    expect(markdown).toContain('1. Check the [official levels](https://water.example/levels)\n2. Call the hotline');
  });
});
