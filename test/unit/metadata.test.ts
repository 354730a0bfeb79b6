import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDir, cleanLang, httpUrl, leadImage, metaContent, plainText } from '../../src/core/extract/metadata';
import { countWords } from '../../src/core/text/words';

describe('cleanLang', () => {
  it.each([
    ['id_ID', 'id-ID'],
    ['en', 'en'],
    ['en-US', 'en-US'],
    ['  de-DE  ', 'de-DE'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['fil', 'fil'],
  ])('%j → %j', (input, expected) => {
    expect(cleanLang(input)).toBe(expected);
  });

  it.each(['<script>', 'en"><script>', 'english', 'e', '1234', 'en US', 'en--US', '', null, undefined])('%j → empty', (input) => {
    expect(cleanLang(input)).toBe('');
  });
});

describe('cleanDir', () => {
  it.each([
    ['ltr', 'ltr'],
    ['RTL', 'rtl'],
    [' rtl ', 'rtl'],
    ['auto', 'auto'],
    ['sideways', 'auto'],
    ['', 'auto'],
    [null, 'auto'],
    [undefined, 'auto'],
  ])('%j → %j', (input, expected) => {
    expect(cleanDir(input)).toBe(expected);
  });
});

describe('plainText', () => {
  it('strips tags and collapses whitespace', () => {
    expect(plainText('  <b>Jane</b>\n\t<i>Doe</i>  ')).toBe('Jane Doe');
    expect(plainText('By <a href="/x" onclick="alert(1)">Ana</a> and <script>x</script>Bo')).toBe('By Ana and xBo');
    expect(plainText('<img src=x onerror=alert(1)>Title')).toBe('Title');
  });

  it('leaves no angle-bracketed tag behind', () => {
    for (const input of ['<<b>>x', '<p><p>y</p></p>', 'a<br/>b', '<div\nclass="z">c</div>']) {
      expect(plainText(input)).not.toMatch(/<[a-z/!][^>]*>/i);
    }
  });

  it.each([null, undefined, ''])('%j → empty', (input) => {
    expect(plainText(input)).toBe('');
  });
});

describe('httpUrl', () => {
  const base = 'https://news.example/2024/05/story.html';

  it('keeps absolute http(s) URLs', () => {
    expect(httpUrl('https://img.example/a.jpg', base)).toBe('https://img.example/a.jpg');
    expect(httpUrl('http://img.example/a.jpg', base)).toBe('http://img.example/a.jpg');
  });

  it('resolves relative and protocol-relative URLs against the base', () => {
    expect(httpUrl('lead.jpg', base)).toBe('https://news.example/2024/05/lead.jpg');
    expect(httpUrl('/media/lead.jpg', base)).toBe('https://news.example/media/lead.jpg');
    expect(httpUrl('../lead.jpg', base)).toBe('https://news.example/2024/lead.jpg');
    expect(httpUrl('//cdn.example/lead.jpg', base)).toBe('https://cdn.example/lead.jpg');
    expect(httpUrl('  /trimmed.jpg  ', base)).toBe('https://news.example/trimmed.jpg');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:image/png;base64,AAAA',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example/a.jpg',
    'mailto:a@b.example',
    'http://[not a host',
    '',
    null,
    undefined,
  ])('rejects %j', (value) => {
    expect(httpUrl(value, base)).toBe('');
  });
});

describe('leadImage and metaContent', () => {
  const doc = (head: string) => new JSDOM(`<html><head>${head}</head><body></body></html>`).window.document;

  it('takes og:image before twitter:image and resolves it', () => {
    const d = doc('<meta name="twitter:image" content="/t.jpg"><meta property="og:image" content=" /og.jpg ">');
    expect(leadImage(d, 'https://news.example/a')).toBe('https://news.example/og.jpg');
    expect(metaContent(d, ['meta[name="nothing"]', 'meta[name="twitter:image"]'])).toBe('/t.jpg');
  });

  it('skips empty values and refuses script URLs', () => {
    expect(leadImage(doc('<meta property="og:image" content="  "><meta name="twitter:image" content="t.jpg">'), 'https://n.example/x/')).toBe('https://n.example/x/t.jpg');
    expect(leadImage(doc('<meta property="og:image" content="javascript:alert(1)">'), 'https://n.example/')).toBe('');
    expect(leadImage(doc(''), 'https://n.example/')).toBe('');
  });
});

describe('countWords', () => {
  it.each([['', 0], ['   ', 0], ['one', 1], [' two  words\n', 2], ['a\tb\nc d', 4]])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
