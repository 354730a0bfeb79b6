// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isNavigation, watchNavigation, whenSettled } from '../../src/content/page-watch';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('isNavigation', () => {
  it.each([
    ['https://a.example/one', 'https://a.example/two', true],
    ['https://a.example/list?page=1', 'https://a.example/list?page=2', true],
    ['https://a.example/story', 'https://a.example/story#comments', false],
    ['https://a.example/story#top', 'https://a.example/story#comments', false],
    ['https://a.example/app#/story/1', 'https://a.example/app#/story/2', true],
    ['https://a.example/app#!/story/1', 'https://a.example/app#!/story/2', true],
    ['https://a.example/story', 'https://a.example/story', false],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(isNavigation(from, to)).toBe(expected);
  });
});

describe('watchNavigation', () => {
  let life = new AbortController();
  afterEach(() => {
    life.abort();
    life = new AbortController();
    history.replaceState(null, '', '/');
    document.body.textContent = '';
  });

  // What a router does: a new address, then the next story rendered (a paragraph of it at least).
  const render = (text: string) => { document.body.textContent = `${text}: ${'a paragraph of the story that follows. '.repeat(5)}`; };

  it('hears pushState, replaceState and hash routes that change the page, and ignores anchor jumps', async () => {
    const seen: string[] = [];
    watchNavigation(window, (_from, to) => seen.push(new URL(to).pathname + new URL(to).hash), life.signal, () => true);
    history.pushState(null, '', '/story/1');
    render('one');
    await wait(20);
    history.replaceState(null, '', '/story/2');
    render('two');
    await wait(20);
    location.hash = 'comments';
    render('comments');
    await wait(320);
    location.hash = '/route/3';
    render('three');
    await wait(320);
    expect(seen).toEqual(['/story/1', '/story/2', '/story/2#/route/3']);
  });

  it('a page that rendered first is heard at the next look at the address', async () => {
    const seen: string[] = [];
    watchNavigation(window, (_from, to) => seen.push(new URL(to).pathname), life.signal, () => true);
    render('next story');
    await wait(20);
    history.pushState(null, '', '/story/after-render');
    await wait(320);
    expect(seen).toEqual(['/story/after-render']);
  });

  it('an address that keeps changing while the page stays the same is no navigation, until the page changes', async () => {
    const seen: string[] = [];
    watchNavigation(window, (from, to) => seen.push(`${new URL(from).search} → ${new URL(to).search}`), life.signal, () => true);
    for (let n = 1; n <= 8; n += 1) {
      history.pushState(null, '', `/story?step=${n}`);
      await wait(60);
    }
    // The view's overlay goes on <html> itself: not a change of the page.
    document.documentElement.append(document.createElement('div'));
    await wait(300);
    expect(seen).toEqual([]);
    render('another story');
    await wait(20);
    expect(seen).toEqual([' → ?step=8']);
    document.documentElement.lastElementChild?.remove();
  });

  it('a clock that ticks while the address keeps changing is no navigation; a new story is', async () => {
    render('the story');
    const clock = document.createElement('span');
    document.body.append(clock);
    const seen: string[] = [];
    watchNavigation(window, (_from, to) => seen.push(new URL(to).search), life.signal, () => true);
    for (let n = 1; n <= 6; n += 1) {
      history.pushState(null, '', `/story?step=${n}`);
      clock.textContent = `12:00:0${n} ${'·'.repeat(n)}`;
      await wait(60);
    }
    // In place, as a router that reuses the elements does: the same text node gets the next story's text.
    (clock.firstChild as Text).data = 'x';
    await wait(300);
    expect(seen).toEqual([]);
    const paragraph = document.body.firstChild as Text;
    paragraph.data = `The next story. ${paragraph.data}`;
    await wait(20);
    expect(seen).toEqual(['?step=6']);
  });

  it('stops listening when its life is aborted', async () => {
    const seen: string[] = [];
    watchNavigation(window, (_from, to) => seen.push(to), life.signal, () => true);
    life.abort();
    history.pushState(null, '', '/elsewhere');
    render('Elsewhere');
    await wait(320);
    expect(seen).toEqual([]);
  });

  it('ends its life itself when `alive` says no, and its poll stops with it', async () => {
    const seen: string[] = [];
    let polls = 0;
    watchNavigation(window, (_from, to) => seen.push(to), life.signal, () => {
      polls += 1;
      life.abort();
      return false;
    });
    await wait(320);
    expect(life.signal.aborted).toBe(true);
    history.pushState(null, '', '/elsewhere');
    render('Elsewhere');
    await wait(600);
    expect(seen).toEqual([]);
    expect(polls).toBe(1);
  });
});

describe('whenSettled', () => {
  it('calls back once the page has stopped changing', async () => {
    let calls = 0;
    whenSettled(document, { quietMs: 40, maxMs: 2000 }, () => { calls += 1; });
    for (let i = 0; i < 3; i += 1) {
      document.body.append(document.createElement('p'));
      await wait(10);
    }
    expect(calls).toBe(0);
    await wait(100);
    expect(calls).toBe(1);
  });

  it('does not call back for a page that never changed, unless asked to', async () => {
    let quiet = 0;
    let always = 0;
    whenSettled(document, { quietMs: 20, maxMs: 60 }, () => { quiet += 1; });
    whenSettled(document, { quietMs: 20, maxMs: 60, always: true }, () => { always += 1; });
    await wait(120);
    expect(quiet).toBe(0);
    expect(always).toBe(1);
  });

  it('calls back at maxMs on a page that never stops changing', async () => {
    let calls = 0;
    whenSettled(document, { quietMs: 50, maxMs: 150 }, () => { calls += 1; });
    const ticker = setInterval(() => document.body.append(document.createTextNode('.')), 10);
    await wait(250);
    clearInterval(ticker);
    expect(calls).toBe(1);
  });
});
