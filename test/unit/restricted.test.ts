import { describe, expect, it } from 'vitest';
import { restrictionFor, type PageAccess } from '../../src/background/restricted';
import { i18nFor } from './helpers/i18n';

// The reason as the toolbar and the popup show it, in English.
const english = i18nFor('en');
const said = (url: string | undefined, access: PageAccess) => {
  const note = restrictionFor(url, access);
  return note && english.note(note);
};

const NO_FILES = { fileSchemeAllowed: false };
const FILES = { fileSchemeAllowed: true };

describe('restrictionFor', () => {
  it.each([
    'chrome://settings/',
    'chrome://newtab/',
    'CHROME://extensions/',
    'about:blank',
    'about:reader?url=https://news.example/a',
    'about:addons',
    'edge://settings',
    'moz-extension://4b1c2d3e-0000-4000-8000-123456789abc/options.html',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'data:text/html,<p>hi</p>',
  ])('refuses the browser page %s', (url) => {
    const reason = said(url, FILES);
    expect(reason).toEqual(expect.any(String));
    expect(reason).not.toBe('');
  });

  it('refuses view-source: with its own message, even for an https page', () => {
    const reason = said('view-source:https://news.example/a', FILES);
    expect(reason).toMatch(/source/i);
    expect(reason).not.toBe(said('chrome://settings/', FILES));
  });

  it.each([
    'https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnopabcdefghijklmnop',
    'https://chromewebstore.google.com/',
    'https://chrome.google.com/webstore/detail/abcdefghijklmnopabcdefghijklmnop',
    'https://chrome.google.com/webstore',
    'https://addons.mozilla.org/en-US/firefox/addon/some-addon/',
    'https://microsoftedge.microsoft.com/addons/detail/some-addon/abc',
    'https://ADDONS.mozilla.org/de/firefox/',
  ])('refuses the extension store page %s', (url) => {
    expect(said(url, FILES)).toMatch(/store/i);
  });

  it.each([
    'https://chromewebstore.google.com.evil.example/detail/x',
    'https://chrome.google.com/search?q=webstore',
    'https://addons.mozilla.org.example/en-US/',
    'https://news.example/chromewebstore.google.com/',
  ])('does not mistake %s for a store', (url) => {
    expect(said(url, FILES)).toBeNull();
  });

  it.each([
    'https://news.example/report.pdf',
    'https://news.example/files/Annual-Report.PDF',
    'https://news.example/report.pdf?download=1',
    'https://news.example/report.pdf#page=2',
    'http://news.example/a/b/c.pdf',
  ])('refuses the PDF document %s', (url) => {
    expect(said(url, FILES)).toMatch(/pdf/i);
  });

  it('file: pages need file access', () => {
    const url = 'file:///home/reader/saved-article.html';
    expect(said(url, NO_FILES)).toMatch(/file/i);
    expect(said(url, FILES)).toBeNull();
  });

  it('a local PDF is refused as a PDF when file access is allowed, and for file access otherwise', () => {
    expect(said('file:///home/reader/paper.pdf', FILES)).toMatch(/pdf/i);
    expect(said('file:///home/reader/paper.pdf', NO_FILES)).toMatch(/file/i);
  });

  it.each([undefined, ''])('refuses an unknown url (%o)', (url) => {
    expect(said(url, FILES)).toEqual(expect.any(String));
  });

  it.each([
    'https://news.example/2024/05/21/chile-copper-shipments',
    'http://local-paper.example/story?id=42',
    'https://news.example/pdf/weekly-edition-article',
    'https://news.example/reports/pdf-viewer-launch',
    'https://news.example/docs.pdf/summary',
    'https://news.example/story?file=report.pdf',
    'https://news.example/story#download.pdf',
    'https://about.example/chrome://',
    'https://news.example/view-source:',
  ])('allows the ordinary article page %s', (url) => {
    expect(said(url, NO_FILES)).toBeNull();
  });
});
