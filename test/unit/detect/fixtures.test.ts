import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect';

// The labelled pages (test/fixtures/pages/index.json): every article is a news story the reader opens,
// every other page (home, category, search, tag, video, gallery, shop, login, docs, forum) is left alone.
interface Entry { file: string; url: string; article: boolean }

const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const entries = JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Entry[];
const load = (entry: Entry) => new JSDOM(readFileSync(dir + entry.file, 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() }).window.document;

describe('labelled pages', () => {
  it('has articles and non-articles to tell apart', () => {
    expect(entries.filter((e) => e.article).length).toBeGreaterThanOrEqual(10);
    expect(entries.filter((e) => !e.article).length).toBeGreaterThanOrEqual(10);
  });

  it.each(entries.filter((e) => e.article))('$file is a news article', (entry) => {
    const detection = detectPage(load(entry), entry.url);
    expect(detection.kind, detection.reasons.join(' ')).toBe('news');
    expect(detection.score).toBeGreaterThanOrEqual(0);
  });

  it.each(entries.filter((e) => !e.article))('$file is not an article', (entry) => {
    const detection = detectPage(load(entry), entry.url);
    expect(detection.kind, detection.reasons.join(' ')).toBe('none');
    expect(detection.score).toBeLessThan(0);
  });

  it('gives reasons and leaves the document as it was', () => {
    const entry = entries.find((e) => e.article)!;
    const doc = load(entry);
    const before = doc.documentElement.outerHTML;
    const detection = detectPage(doc, entry.url);
    expect(detection.reasons.length).toBeGreaterThan(3);
    for (const reason of detection.reasons) expect(reason).toMatch(/^[\w:.-]+$/);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
