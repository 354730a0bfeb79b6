import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';

// A page from React's streaming server rendering, saved before its scripts ran (what the CLI reads): the
// article came late, in a hidden segment, and the boundary still shows its fallback.
const PARAGRAPHS = [
  'The harbour reopened on Monday after three months of repairs to the breakwater, the port authority said.',
  'Ferries returned to their usual timetable within hours, and the first cargo ship docked before noon.',
  'Engineers replaced more than four hundred concrete blocks that the winter storms had moved out of line.',
  'Fishermen, who had moored in the next town all winter, said the reopening came just in time for the season.',
].map((p) => `<p>${p} ${p}</p>`).join('');

function streamedPage(segmentId = 'S:0', placeholderId: string | null = 'B:0'): Document {
  const boundary = placeholderId === null ? '' : `<!--$?--><template id="${placeholderId}"></template><p class="fallback">Loading the story…</p><!--/$-->`;
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Harbour reopens after repairs</title></head><body>
    <header><a href="/">Home</a></header>
    <main>${boundary}</main>
    <footer>© Harbour News</footer>
    <div hidden id="${segmentId}"><article><h1>Harbour reopens after repairs</h1>${PARAGRAPHS}</article></div>
    <script>$RC("${placeholderId}","${segmentId}")</script>
  </body></html>`, { url: 'https://news.example/2024/05/14/harbour-reopens' }).window.document;
}

describe('a page saved from streaming server rendering', () => {
  it('reads the late segment in its boundary, as the page shows it once its script has run', () => {
    const outcome = extractArticle(streamedPage(), 'https://news.example/2024/05/14/harbour-reopens');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Fishermen, who had moored in the next town all winter');
    expect(outcome.article.text).not.toContain('Loading the story');
  });

  it('leaves the page itself as it was', () => {
    const doc = streamedPage();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://news.example/2024/05/14/harbour-reopens');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('places a segment where the script says, whatever its number', () => {
    const outcome = extractArticle(streamedPage('S:3', 'B:7'), 'https://news.example/2024/05/14/harbour-reopens');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Fishermen, who had moored in the next town all winter');
    expect(outcome.article.text).not.toContain('Loading the story');
  });

  it('places a segment in its placeholder, inside the content of a boundary', () => {
    const doc = streamedPage('S:0', 'B:0');
    const segment = doc.getElementById('S:0')!;
    const late = doc.createElement('div');
    late.hidden = true;
    late.id = 'S:1';
    late.innerHTML = '<p>The harbour master thanked the divers who worked through the coldest weeks of the year on the blocks.</p>';
    segment.querySelector('article')!.append(doc.createElement('template'));
    segment.querySelector('template')!.id = 'P:1';
    doc.body.append(late);
    const outcome = extractArticle(doc, 'https://news.example/2024/05/14/harbour-reopens');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toMatch(/all winter[^]*The harbour master thanked the divers/);
  });

  it('keeps a hidden block hidden when no boundary waits for it', () => {
    const doc = streamedPage('S:0', 'B:7');
    doc.querySelector('script')!.remove();
    const outcome = extractArticle(doc, 'https://news.example/2024/05/14/harbour-reopens');
    expect(outcome.ok && outcome.article.text.includes('Fishermen')).toBe(false);
  });

  it('shows the segments where they are when the saved page kept no boundary at all', () => {
    const doc = streamedPage('S:0', null);
    const before = doc.documentElement.outerHTML;
    const outcome = extractArticle(doc, 'https://news.example/2024/05/14/harbour-reopens');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Fishermen, who had moored in the next town all winter');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
