// @vitest-environment jsdom
// A view the user asked for always opens and tells (src/content/open-reader.ts): on a page the
// classifier calls "none" the answer carries that verdict (the view then shows its notice first),
// and with nothing to extract the view opens with the reason; a view that would open by itself
// stays away from such a page. Closing leaves the page exactly as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleAnswer } from '../../src/shared/messages';

const hosts = () => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')) as HTMLElement[];
const STORY = `<article><h1>Harbour reopens</h1>${'<p>The harbour reopened on Monday after repairs to the breakwater, officials said, and ferries returned to their usual timetable within hours.</p>'.repeat(8)}</article>`;
const LOGIN = '<form><label>Email <input name="email"></label><label>Password <input type="password" name="p"></label><button>Sign in</button></form>';

// What the opening hands over to the background for the reader page (background/reader-session.ts).
let handed: ArticleAnswer[] = [];
const handOver = (answer: ArticleAnswer) => { handed.push(answer); };

async function reader() {
  handed = [];
  vi.resetModules();
  return import('../../src/content/open-reader');
}

beforeEach(() => {
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` } });
  window.scrollTo = () => undefined;
  document.head.innerHTML = '<title>Page</title>';
});

afterEach(() => {
  vi.unstubAllGlobals();
  for (const host of hosts()) host.remove();
});

describe('openReader, asked by the user', () => {
  it("on a page called 'none', opens and answers the article with that verdict", async () => {
    document.body.innerHTML = STORY;
    const { openReader } = await reader();
    const opened = openReader(document, 'https://shop.example/', () => undefined, { asked: 'none', handOver });
    expect(await opened.status).toEqual({ state: 'open' });
    expect(hosts()).toHaveLength(1);
    expect(handed).toHaveLength(1);
    const answer = handed[0]!;
    expect(answer).toMatchObject({ ok: true, pageKind: 'none' });
    expect(answer.ok && answer.article.text).toMatch(/breakwater/);
    opened.session?.close();
  });

  it('on an article, answers the article with no verdict attached', async () => {
    document.body.innerHTML = STORY;
    const { openReader } = await reader();
    const opened = openReader(document, 'https://news.example/2024/05/harbour-reopens', () => undefined, { asked: 'news', handOver });
    const answer = handed[0]!;
    expect(answer.ok).toBe(true);
    expect(answer).not.toHaveProperty('pageKind');
    opened.session?.close();
  });

  it('with nothing to extract, opens the view with the reason, keeps the no-article status, and closes without a trace', async () => {
    document.body.innerHTML = LOGIN;
    const before = document.documentElement.outerHTML;
    const { openReader } = await reader();
    const opened = openReader(document, 'https://example.com/login', () => undefined, { asked: 'none', handOver });
    expect(await opened.status).toEqual({ state: 'no-article', note: { key: 'note_noArticle' }, view: true });
    expect(opened.session).toBeDefined();
    expect(hosts()).toHaveLength(1);
    expect(handed).toEqual([{ ok: false, state: 'no-article', note: { key: 'note_noArticle' } }]);
    opened.session!.close();
    expect(hosts()).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('openReader, opening by itself', () => {
  it('leaves a page without an article alone: no view, only the status', async () => {
    document.body.innerHTML = LOGIN;
    const before = document.documentElement.outerHTML;
    const { openReader } = await reader();
    const opened = openReader(document, 'https://example.com/login', () => undefined, { asked: false, handOver });
    expect((await opened.status).state).toBe('no-article');
    expect(handed).toMatchObject([{ ok: false, state: 'no-article' }]);
    expect(opened.session).toBeUndefined();
    expect(hosts()).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
