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

  it('breaks the line at <br>, a paragraph at two, and keeps table cells apart', () => {
    expect(plainTextOf(root('<p>a<br>b</p><table><tr><td>x</td><td>y</td></tr></table>'))).toBe('a\nb\n\nx y');
    expect(plainTextOf(root('<p>12 Main St<br> Springfield <br><br><br>Open daily<br></p>'))).toBe('12 Main St\nSpringfield\n\nOpen daily');
    expect(plainTextOf(root('<pre>one<br>two\nthree</pre>'))).toBe('one\ntwo\nthree');
  });

  it('reads every kind of space as one plain space', () => {
    // No-break (U+00A0), narrow no-break (U+202F), thin (U+2009) and ideographic (U+3000) spaces.
    const html = '<p>of\u00a0TSP.\u00a0 They\u202fsaid\u2009so\u3000here\u00a0</p>';
    expect(plainTextOf(root(html))).toBe('of TSP. They said so here');
  });
});
