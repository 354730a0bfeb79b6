import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closePage, decodeHtml, fileUrl, loadHtmlFile, sniffEncoding, stripStyles } from '../../../scripts/lib/load-html';

const dir = mkdtempSync(join(tmpdir(), 'sift-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ascii = (s: string) => Buffer.from(s, 'latin1');
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('encoding sniffing', () => {
  it('decodes a windows-1252 file that says so in <meta charset>', () => {
    // "café" with é as the single byte 0xE9, invalid as UTF-8.
    const bytes = Buffer.concat([ascii('<!doctype html><meta charset="windows-1252"><title>t</title><p>caf'), Buffer.from([0xe9]), ascii('</p>')]);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'windows-1252', source: 'meta' });
    const page = loadHtmlFile(file('cp1252.html', bytes), 'https://example.test/a');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.document.querySelector('p')?.textContent).toBe('café');
    expect(page.encoding).toBe('windows-1252');
    closePage(page);
  });

  it('reads http-equiv content-type, and a label like latin1 as windows-1252', () => {
    const bytes = Buffer.concat([ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'), Buffer.from([0xe9])]);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeHtml(bytes).text.endsWith('<p>é')).toBe(true);
  });

  it('lets a UTF-8 BOM win over a <meta charset>', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ascii('<meta charset="windows-1252"><p>'), Buffer.from('café', 'utf8'), ascii('</p>')]);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'UTF-8', source: 'bom' });
    const page = loadHtmlFile(file('bom.html', bytes), 'https://example.test/b');
    expect(page.ok && page.document.querySelector('p')?.textContent).toBe('café');
    if (page.ok) closePage(page);
  });

  it('without a declaration reads valid UTF-8 as UTF-8, anything else as windows-1252', () => {
    expect(sniffEncoding(Buffer.from('<p>café</p>', 'utf8'))).toEqual({ encoding: 'UTF-8', source: 'utf-8-detected' });
    expect(sniffEncoding(Buffer.concat([ascii('<p>caf'), Buffer.from([0xe9])]))).toEqual({ encoding: 'windows-1252', source: 'default' });
    expect(decodeHtml(Buffer.concat([ascii('<p>caf'), Buffer.from([0xe9])])).text).toBe('<p>café');
  });
});

describe('loadHtmlFile', () => {
  it('does not run scripts and uses the given URL', () => {
    const path = file('script.html', Buffer.from('<body><p>x</p><script>document.body.setAttribute("data-ran", "1")</script><img src="a.png"></body>'));
    const page = loadHtmlFile(path, 'https://example.test/dir/page');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.document.body.hasAttribute('data-ran')).toBe(false);
    expect(page.document.URL).toBe('https://example.test/dir/page');
    expect(page.document.querySelector('img')?.src).toBe('https://example.test/dir/a.png');
    closePage(page);
  });

  it('defaults the URL to the file:// URL of the file', () => {
    const path = file('plain.html', Buffer.from('<p>x</p>'));
    const page = loadHtmlFile(path);
    expect(page.ok && page.document.URL).toBe(fileUrl(path));
    if (page.ok) closePage(page);
  });

  it('retries without styles when jsdom throws on CSS, keeping the text', () => {
    // jsdom 29 (css-tree) throws ")" is expected on this calc(), in a <style> element and in a style attribute.
    const bad = 'min-height:calc(($w - 16px) / 16 * 9)';
    const path = file('badcss.html', Buffer.from(`<html><head><style>.a{${bad}}</style></head><body><div style="${bad}" class="a"><p>Kept text</p></div></body></html>`));
    const page = loadHtmlFile(path, 'https://example.test/c');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.stylesStripped).toBe(true);
    expect(page.document.querySelector('p')?.textContent).toBe('Kept text');
    expect(page.document.querySelector('div')?.className).toBe('a');
    closePage(page);
  });

  it('returns an error value for a missing file instead of throwing', () => {
    const page = loadHtmlFile(join(dir, 'missing.html'));
    expect(page).toEqual({ ok: false, error: `no such file: ${join(dir, 'missing.html')}` });
  });
});

describe('stripStyles', () => {
  it('removes style elements, stylesheet links and style attributes only', () => {
    const html = '<link rel="stylesheet" href="a.css"><style media="x">p{}</style><p style="color:red" class="k" data-style="keep">style = text</p><STYLE>b{}';
    expect(stripStyles(html)).toBe('<p class="k" data-style="keep">style = text</p>');
  });
});
