import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown as convert } from '../../../src/core/markdown';

// jsdom's DOMParser stands in for the reader page's (the CLI uses it too).
const { DOMParser } = new JSDOM('').window;
const htmlToMarkdown = (html: string) => convert(html, new DOMParser());

describe('htmlToMarkdown', () => {
  it('renders headings and paragraphs with inline emphasis, separated by blank lines', () => {
    expect(htmlToMarkdown('<h2>Sub <em>title</em></h2><p>Hello   <strong>bold</strong>\n and <i>it</i>.</p><h3></h3><p> </p>'))
      .toBe('## Sub *title*\n\nHello **bold** and *it*.\n');
  });

  it('renders links and images; drops javascript: and fragment-only links but keeps their text', () => {
    expect(htmlToMarkdown('<p><a href="https://a.example/x" title="T">site</a> <a href="javascript:void(0)">js</a> <a href="#top">top</a></p>'))
      .toBe('[site](https://a.example/x "T") js top\n');
    expect(htmlToMarkdown('<figure><a href="https://a.example/big.jpg"><img src="https://a.example/s.jpg" alt="A [pic]"></a><figcaption>Cap</figcaption></figure>'))
      .toBe('[![A \\[pic\\]](https://a.example/s.jpg)](https://a.example/big.jpg)\n\n*Cap*\n');
    expect(htmlToMarkdown('<p><a href="https://a.example/a b(c)">x</a></p>')).toBe('[x](<https://a.example/a b(c)>)\n');
  });

  it('renders unordered, ordered (with start) and nested lists', () => {
    expect(htmlToMarkdown('<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol start="3"><li>three</li><li>four</li></ol>'))
      .toBe('- one\n- two\n\n  - nested\n\n3. three\n4. four\n');
  });

  it('renders blockquotes with every line quoted', () => {
    expect(htmlToMarkdown('<blockquote><p>first</p><p>second</p></blockquote>')).toBe('> first\n>\n> second\n');
  });

  it('renders code blocks fenced with their language, and inline code with enough backticks', () => {
    expect(htmlToMarkdown('<pre><code class="language-js">let a = 1;\nif (a) { }\n</code></pre>')).toBe('```js\nlet a = 1;\nif (a) { }\n```\n');
    expect(htmlToMarkdown('<p>Run <code>npm `x`</code> and <code>a*b</code></p>')).toBe('Run `` npm `x` `` and `a*b`\n');
  });

  it('keeps line breaks as hard breaks and rules as ---', () => {
    expect(htmlToMarkdown('<p>line one<br>line two</p><hr><p>after</p>')).toBe('line one  \nline two\n\n---\n\nafter\n');
  });

  it('escapes Markdown syntax in text, including block starts', () => {
    expect(htmlToMarkdown('<p># not a heading</p><p>1. not a list * _x_ [y]</p><p>- no</p>'))
      .toBe('\\# not a heading\n\n1\\. not a list \\* \\_x\\_ \\[y\\]\n\n\\- no\n');
  });

  it('turns loose text in containers into paragraphs and skips scripts and styles', () => {
    expect(htmlToMarkdown('<div>loose <b>text</b><p>para</p>tail<script>x()</script><style>p{}</style></div>')).toBe('loose **text**\n\npara\n\ntail\n');
  });

  it('renders a simple table', () => {
    expect(htmlToMarkdown('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table>'))
      .toBe('| a | b |\n| --- | --- |\n| 1 | 2\\|3 |\n');
  });

  it('sets a figure\'s caption apart in italics under its picture, unless the caption has emphasis of its own', () => {
    expect(htmlToMarkdown('<figure><img src="https://a.example/p.jpg" alt="Rob"><figcaption>Rob di Demak<br>Foto: A</figcaption></figure>'))
      .toBe('![Rob](https://a.example/p.jpg)\n\n*Rob di Demak*  \n*Foto: A*\n');
    expect(htmlToMarkdown('<figure><img src="https://a.example/p.jpg" alt=""><figcaption>A <em>ship</em></figcaption></figure>'))
      .toBe('![](https://a.example/p.jpg)\n\nA *ship*\n');
  });

  it('gives an empty string for empty input', () => {
    expect(htmlToMarkdown('')).toBe('');
  });
});
