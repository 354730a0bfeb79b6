// The background's reader session per tab (src/background/reader-session.ts): the article travels once,
// from the content script's hand-over to the reader page, whichever of the two comes first; an opening
// drops the previous one's article; a tab's operations run one at a time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleAnswer } from '../../src/shared/messages';

const NO_ARTICLE: ArticleAnswer = { ok: false, state: 'no-article', note: { key: 'note_noArticle' } };
const ARTICLE = { ok: true, article: { title: 'Harbour reopens' } } as unknown as ArticleAnswer;

async function sessionModule() {
  vi.resetModules();
  return import('../../src/background/reader-session');
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('the article hand-over', () => {
  it('answers a reader page that asks before the article is extracted, once it is handed over', async () => {
    const s = await sessionModule();
    s.beginOpening(7);
    let answered: ArticleAnswer | undefined;
    void s.articleFor(7).then((answer) => { answered = answer; });
    await vi.advanceTimersByTimeAsync(1000);
    expect(answered).toBeUndefined();
    s.handOverArticle(7, ARTICLE);
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(ARTICLE);
  });

  it('answers a reader page that asks afterwards, and again while the view is open', async () => {
    const s = await sessionModule();
    s.beginOpening(7);
    s.handOverArticle(7, ARTICLE);
    s.endOpening(7, true);
    expect(s.phaseOf(7)).toBe('open');
    expect(await s.articleFor(7)).toBe(ARTICLE);
    expect(await s.articleFor(7)).toBe(ARTICLE);
  });

  it('keeps tabs apart, and takes only the first hand-over of an opening', async () => {
    const s = await sessionModule();
    s.beginOpening(1);
    s.beginOpening(2);
    s.handOverArticle(2, NO_ARTICLE);
    s.handOverArticle(2, ARTICLE);
    s.handOverArticle(1, ARTICLE);
    expect(await s.articleFor(1)).toBe(ARTICLE);
    expect(await s.articleFor(2)).toBe(NO_ARTICLE);
  });

  it('drops the previous opening\'s article when a new opening begins', async () => {
    const s = await sessionModule();
    s.beginOpening(7);
    s.handOverArticle(7, ARTICLE);
    s.endSession(7);
    s.beginOpening(7);
    let answered: ArticleAnswer | undefined;
    void s.articleFor(7).then((answer) => { answered = answer; });
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBeUndefined();
    s.handOverArticle(7, NO_ARTICLE);
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(NO_ARTICLE);
  });

  it('tells a page with no session that no view is open, and one whose article never comes, in the end', async () => {
    const s = await sessionModule();
    expect(await s.articleFor(3)).toMatchObject({ ok: false, note: { key: 'note_notOpen' } });
    s.beginOpening(3);
    const late = s.articleFor(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await late).toMatchObject({ ok: false, note: { key: 'note_notOpen' } });
  });

  it('a failed opening or a closed view leaves nothing behind', async () => {
    const s = await sessionModule();
    s.beginOpening(4);
    s.handOverArticle(4, NO_ARTICLE);
    s.endOpening(4, false);
    expect(s.phaseOf(4)).toBe('idle');
    expect(await s.articleFor(4)).toMatchObject({ note: { key: 'note_notOpen' } });
    s.beginOpening(4);
    s.handOverArticle(4, ARTICLE);
    s.endOpening(4, true);
    s.beginClosing(4);
    expect(s.phaseOf(4)).toBe('closing');
    s.endSession(4);
    expect(s.phaseOf(4)).toBe('idle');
    expect(await s.articleFor(4)).toMatchObject({ note: { key: 'note_notOpen' } });
  });
});

describe('serialized', () => {
  it('runs a tab\'s operations one after another, even after one fails, and other tabs\' alongside', async () => {
    vi.useRealTimers();
    const s = await sessionModule();
    const order: string[] = [];
    const step = (name: string, ms: number, fail = false) => () => new Promise<string>((resolve, reject) => setTimeout(() => {
      order.push(name);
      if (fail) reject(new Error(name));
      else resolve(name);
    }, ms));
    const first = s.serialized(1, step('1a', 30, true));
    const second = s.serialized(1, step('1b', 1));
    const other = s.serialized(2, step('2a', 10));
    await expect(first).rejects.toThrow('1a');
    expect(await second).toBe('1b');
    expect(await other).toBe('2a');
    expect(order).toEqual(['2a', '1a', '1b']);
  });
});
