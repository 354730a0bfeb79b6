import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { plainTextOf } from '../../src/core/text/plain-text';

const root = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`).window.document.getElementById('r')!;

describe('plainTextOf', () => {
  it('gives one paragraph per block, separated by blank lines, inline markup dropped', () => {
    expect(plainTextOf(root('<h2>Sub</h2><p>One <a href="#">two</a>\n  <strong>three</strong></p><ul><li>a</li><li>b</li></ul>'))).toBe('Sub\n\nOne two three\n\na\n\nb');
  });

  it('keeps the lines of a code block', () => {
    expect(plainTextOf(root('<p>Code:</p><pre><code>line one\n  indented two</code></pre>'))).toBe('Code:\n\nline one\n  indented two');
  });

  it('leaves captions out unless asked, and never includes scripts', () => {
    const html = '<figure><img src="x.jpg"><figcaption>Caption</figcaption></figure><p>Body</p><script>var x</script>';
    expect(plainTextOf(root(html))).toBe('Body');
    expect(plainTextOf(root(html), { captions: true })).toBe('Caption\n\nBody');
  });

  it('splits at <br> and keeps table cells apart', () => {
    expect(plainTextOf(root('<p>a<br>b</p><table><tr><td>x</td><td>y</td></tr></table>'))).toBe('a\n\nb\n\nx y');
  });
});
