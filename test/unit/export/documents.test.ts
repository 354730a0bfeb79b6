// The exported documents of every article fixture, through the extraction and the sanitizer as in
// the view: the Markdown file and copy keep the title and every paragraph; the text copy is the
// article's own text under its title.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { htmlToMarkdown } from '../../../src/core/markdown';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { markdownDocument, markdownFile, plainTextDocument } from '../../../src/ui/reader/export/documents';

interface Entry { file: string; url: string; article: boolean }
const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const entries = (JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Entry[]).filter((e) => e.article);
const { window } = new JSDOM('');

/** What a reader of the Markdown sees: link texts, no escapes, no emphasis marks, spaces collapsed. */
const readable = (markdown: string) => markdown
  .replace(/!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
  .replace(/(?<!\\)\*+/g, '')
  .replace(/\\(.)/g, '$1')
  .replace(/\s+/g, ' ');

describe.each(entries)('$file', (entry) => {
  const doc = new JSDOM(readFileSync(dir + entry.file, 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() }).window.document;
  const outcome = extractArticle(doc, entry.url);
  if (!outcome.ok) throw new Error(`${entry.file}: no article`);
  const { article } = outcome;
  const body = htmlToMarkdown(sanitizeArticleHtml(article.html, window as unknown as Window), new window.DOMParser());
  const paragraphs = article.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);

  it('saves a Markdown file: front matter, the title as a heading, then every paragraph in order', () => {
    const file = markdownFile(article, body);
    expect(file.startsWith(`---\ntitle: ${JSON.stringify(article.title)}\n`)).toBe(true);
    const afterFront = file.slice(file.indexOf('\n---\n') + 5);
    expect(afterFront.startsWith('\n# ')).toBe(true);
    expect(readable(afterFront.split('\n')[1]!)).toBe(`# ${article.title.replace(/\s+/g, ' ').trim()}`);
    const text = readable(afterFront);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = text.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThanOrEqual(0);
      from = at + paragraph.length;
    }
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  it('copies Markdown without the front matter, and text as the title and the article\'s text', () => {
    expect(markdownDocument(article, body)).toBe(`${markdownFile(article, body).split('\n---\n\n')[1]}`);
    expect(plainTextDocument(article)).toBe(`${article.title.trim()}\n\n${article.text.trim()}\n`);
  });
});
