// Pages whose own scripts are hostile to an extension: built-ins patched or replaced before we run,
// errors thrown on load, a MutationObserver that deletes whatever is added, an address that changes
// every 100 ms, and forged messages shaped like ours. Pass, in real Chromium: the view opens with
// its article or says in words why not, the page's own script still runs after the view has come
// and gone, and nothing the page sends or patches reaches the content script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbar, fixtures, FIXTURES, readerFrame, tabIdOf, badgeOf, useBrowser } from './harness';

const session = useBrowser();
const article = fixtures().find((f) => f.file === 'en-meridian-water-buyback.html')!;
const source = readFileSync(join(FIXTURES, article.file), 'utf8');

// The page's own script, last in the body, with the built-ins it needs kept before any patch (KEEP
// runs first in <head>, then the hostile part): a heartbeat, and a button whose handler must answer.
const KEEP = `window.__keep = { every: setInterval, listen: EventTarget.prototype.addEventListener, set: Element.prototype.setAttribute };`;
const OWN = `<button id="own-button" type="button" style="position: fixed; top: 4px; left: 4px; z-index: 10">own</button><script>(function () {
  var keep = window.__keep, beats = 0, body = document.body;
  keep.every.call(window, function () { beats += 1; keep.set.call(body, 'data-beats', String(beats)); }, 50);
  keep.listen.call(document.getElementById('own-button'), 'click', function () { keep.set.call(body, 'data-clicked', 'yes'); });
})();</script>`;

const HOSTILE: Record<string, string> = {
  'attachShadow throws': `Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };`,
  // Opens every shadow root and keeps it, to reach into the view.
  'attachShadow leaks an open root': `var real = Element.prototype.attachShadow; window.__roots = [];
    Element.prototype.attachShadow = function (init) { var r = real.call(this, Object.assign({}, init, { mode: 'open' })); window.__roots.push(r); return r; };`,
  'JSON.parse and JSON.stringify patched': `JSON.parse = function () { return { type: 'content/close', payload: null }; };
    JSON.stringify = function () { throw new Error('no JSON'); };`,
  'Array.prototype methods throw': `['map', 'push', 'forEach', 'filter', 'some', 'every', 'find', 'includes', 'indexOf', 'join', 'slice', 'splice', 'concat', 'reduce', 'sort', Symbol.iterator]
    .forEach(function (name) { Array.prototype[name] = function () { throw new Error('Array.prototype.' + String(name)); }; });`,
  'Function.prototype.bind and toString patched': `var bind = Function.prototype.bind;
    Function.prototype.bind = function () { throw new Error('no bind'); };
    Function.prototype.toString = function () { return 'function () { [hostile code] }'; };
    window.__bind = bind;`,
  'Promise replaced': `window.Promise = function () { throw new Error('no promises'); };
    window.Promise.resolve = window.Promise.reject = window.Promise.all = function () { throw new Error('no promises'); };`,
  'DOM methods and globals patched': `Document.prototype.createElement = function () { return document.createTextNode('x'); };
    Node.prototype.appendChild = function (n) { return n; };
    Element.prototype.append = function () {};
    Element.prototype.setAttribute = function () {};
    Document.prototype.querySelectorAll = function () { return []; };
    Document.prototype.getElementsByTagName = function () { return []; };
    EventTarget.prototype.addEventListener = function () {};
    window.MutationObserver = function () { throw new Error('no observers'); };
    window.setTimeout = window.setInterval = function () { return 0; };
    Math.random = function () { return 0; };
    Object.defineProperty(document, 'documentElement', { get: function () { return document.createElement('html'); } });`,
  'errors thrown on load': `window.addEventListener('load', function () { throw new Error('load failed'); });
    document.addEventListener('DOMContentLoaded', function () { throw new Error('ready failed'); });
    Promise.reject(new Error('unhandled'));
    setTimeout(function () { throw new Error('later'); }, 0);
    throw new Error('top level');`,
  // Forged messages shaped like the extension's, to the page, to every frame (the view's too) and
  // as DOM events, all the time.
  'forged messages shaped like ours': `var shapes = [{ type: 'content/close', payload: null }, { type: 'content/toggle', payload: null },
      { type: 'reader/close', payload: null }, { type: 'reader/get-article', payload: null }, { type: 'content/open', payload: { auto: true } }];
    setInterval(function () {
      shapes.forEach(function (m) {
        window.postMessage(m, '*');
        for (var i = 0; i < window.frames.length; i += 1) { try { window.frames[i].postMessage(m, '*'); } catch (e) {} }
        document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
      });
    }, 20);`,
};

/** `script` first in <head>, the fixture's article, and the page's own script. */
function pageWith(script: string): string {
  return source
    .replace(/<head([^>]*)>/i, `<head$1><script>${KEEP}</script><script>${script.replace(/<\//g, '<\\/')}</script>`)
    .replace(/<\/body>/i, `${OWN}</body>`);
}

async function serve(html: string, path: string): Promise<Page> {
  const page = await session.b.context.newPage();
  const url = `${session.served.origin}/hostile/${path}`;
  await page.route((u) => /^https?:$/.test(u.protocol), (route) => (route.request().url() === url
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    : route.fulfill({ status: 204, body: '' })));
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/**
 * `expression`'s value in the page, through CDP and not Playwright's evaluate, whose helper script
 * uses the built-ins these pages break. `isolated`: in a world of its own, whose built-ins and DOM
 * prototypes the page cannot touch (what a content script sees); otherwise in the page's world.
 */
async function inPage<T>(page: Page, expression: string, isolated = true): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const contextId = isolated
      ? (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test' })).executionContextId
      : undefined;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

const HAS_OVERLAY = `[...document.documentElement.children].some((el) => el.localName.startsWith('sift-reader-'))`;

/** The page's own script still runs: its heartbeat goes on and its button answers. */
async function expectPageAlive(page: Page): Promise<void> {
  const beats = async () => Number(await inPage<string | null>(page, `document.body.getAttribute('data-beats')`) ?? '0');
  const before = await beats();
  await expect.poll(beats, { timeout: 2000 }).toBeGreaterThan(before);
  await page.mouse.click(...(await inPage<[number, number]>(page, `(() => { const r = document.getElementById('own-button').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)));
  expect(await inPage(page, `document.body.getAttribute('data-clicked')`)).toBe('yes');
}

/** Opens the view; returns its title, or (not opened) checks that it says why in words. */
async function openAndRead(page: Page): Promise<string | null> {
  await clickToolbar(session.b, page);
  const frame = await readerFrame(page);
  if (await frame.locator('.reader-title').count() > 0) return frame.locator('.reader-title').innerText();
  expect((await frame.locator('.reader-message').innerText()).trim().length).toBeGreaterThan(10);
  return null;
}

describe(`hostile page scripts (${Object.keys(HOSTILE).length} pages)`, () => {
  it.each(Object.entries(HOSTILE))('%s: the view opens with the article, closes, and the page keeps working', async (name, script) => {
    const page = await serve(pageWith(script), `${name.replace(/\W+/g, '-')}.html`);
    try {
      expect(await openAndRead(page)).toBe(article.title);
      const tabId = await tabIdOf(session.b, page);
      expect(await badgeOf(session.b, tabId)).toBe('ON');
      // The page cannot reach into the view: the host's shadow root is closed, the frame another origin.
      // (In the page's world, through the prototype's getter: one page replaces document.documentElement.)
      expect(await inPage(page, `(() => {
        const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get.call(document);
        let host = null;
        for (let i = 0; i < root.children.length; i += 1) if (root.children[i].localName.startsWith('sift-reader-')) host = root.children[i];
        return [Boolean(host), host && host.shadowRoot, window.__roots ? window.__roots.length : 0];
      })()`, false)).toEqual([true, null, 0]);
      // Forged messages had a while to act: the view is still open and showing its article.
      await page.waitForTimeout(400);
      expect(await (await readerFrame(page)).locator('.reader-title').innerText()).toBe(article.title);
      await clickToolbar(session.b, page);
      await expect.poll(() => inPage(page, HAS_OVERLAY)).toBe(false);
      await expect.poll(() => badgeOf(session.b, tabId)).toBe('');
      await expectPageAlive(page);
    } finally {
      await page.close();
    }
  });
});

describe('pages that fight the view', () => {
  it('an address changed every 100 ms while a clock ticks (the article stays) leaves the open view alone', async () => {
    const page = await serve(pageWith(`var n = 0; setInterval(function () { n += 1; history.pushState({ n: n }, '', '?step=' + n); }, 100);
      document.addEventListener('DOMContentLoaded', function () {
        var clock = document.body.appendChild(document.createElement('p'));
        setInterval(function () { clock.textContent = new Date().toISOString(); }, 100);
      });`), 'push-state.html');
    try {
      expect(await openAndRead(page)).toBe(article.title);
      const tabId = await tabIdOf(session.b, page);
      const steps = async () => Number(new URL(page.url()).searchParams.get('step'));
      const first = await steps();
      // Two seconds of address changes: the view stays open, on its article, and the badge says so.
      for (let i = 0; i < 8; i += 1) {
        await page.waitForTimeout(250);
        expect(await inPage(page, HAS_OVERLAY)).toBe(true);
      }
      expect(await steps()).toBeGreaterThan(first + 10);
      expect(await (await readerFrame(page)).locator('.reader-title').innerText()).toBe(article.title);
      expect(await badgeOf(session.b, tabId)).toBe('ON');
      await clickToolbar(session.b, page);
      await expect.poll(() => inPage(page, HAS_OVERLAY)).toBe(false);
      await expectPageAlive(page);
    } finally {
      await page.close();
    }
  });

  it('a MutationObserver that deletes whatever is added to <html> and <body>: the view says why it cannot stay', async () => {
    const page = await serve(pageWith(`document.addEventListener('DOMContentLoaded', function () {
      var sweep = new MutationObserver(function (records) {
        records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.id !== 'own-button') n.remove(); }); });
      });
      sweep.observe(document.documentElement, { childList: true });
      sweep.observe(document.body, { childList: true });
    });`), 'sweeper.html');
    try {
      const tabId = await tabIdOf(session.b, page);
      await clickToolbar(session.b, page);
      // No view can stay: the toolbar says why in words (its tooltip), and the badge does not say open.
      const why = await session.b.worker.evaluate(() => chrome.i18n.getMessage('note_pageRemovedView'));
      expect(why.length).toBeGreaterThan(10);
      await expect.poll(() => session.b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain(why);
      expect(await badgeOf(session.b, tabId)).not.toBe('ON');
      // And the page is as it was: no overlay, not scroll-locked.
      expect(await inPage(page, HAS_OVERLAY)).toBe(false);
      expect(await inPage(page, `getComputedStyle(document.documentElement).overflow`)).not.toBe('hidden');
      // The next click tries again (it once only "closed" the view the page had taken away).
      await session.b.worker.evaluate((id) => chrome.action.setTitle({ tabId: id, title: 'cleared' }), tabId);
      await clickToolbar(session.b, page);
      await expect.poll(() => session.b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain(why);
      expect(await inPage(page, HAS_OVERLAY)).toBe(false);
      await expectPageAlive(page);
    } finally {
      await page.close();
    }
  });
});
