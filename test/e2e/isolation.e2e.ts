// The view and the page keep apart, in real Chromium: hostile page CSS does not reach the view and the
// view's styles do not reach the page; pages under the strictest CSP and under Trusted Types still open
// it; an article full of on* handlers leaves no CSP error in the view's console (its markup is parsed
// where no handler is ever looked at); and a reading session makes no request of its own: the only
// requests of every target (page, view frame, service worker, extension pages) are the article's
// images, and none at all with images turned off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { clickToolbar, fixtures, FIXTURES, pageState, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const article = fixtures().find((f) => f.file === 'en-meridian-water-buyback.html')!;
const source = readFileSync(join(FIXTURES, article.file), 'utf8');
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#ccc"/></svg>';

/** Serves `html` at `path` with `headers`; every other http(s) request is answered locally (images with a picture). */
async function serve(html: string, path: string, headers: Record<string, string> = {}): Promise<Page> {
  const page = await session.b.context.newPage();
  const url = `${session.served.origin}/isolation/${path}`;
  await page.route((u) => /^https?:$/.test(u.protocol), (route) => {
    if (route.request().url() === url) return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html });
    return route.request().resourceType() === 'image'
      ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER })
      : route.fulfill({ status: 204, body: '' });
  });
  await page.goto(url);
  await page.bringToFront();
  return page;
}

const withHead = (extra: string) => source.replace(/<\/head>/i, `${extra}</head>`);

// What the view's title and paragraphs look like: compared between a plain page and a hostile one.
async function viewStyles(frame: Frame) {
  return frame.evaluate(() => {
    const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'display', 'margin-top', 'margin-bottom', 'max-width', 'text-align', 'visibility', 'opacity'];
    const of = (el: Element | null) => {
      const style = el ? getComputedStyle(el) : null;
      return Object.fromEntries(PROPS.map((p) => [p, style?.getPropertyValue(p) ?? null]));
    };
    return { body: of(document.body), title: of(document.querySelector('.reader-title')), paragraph: of(document.querySelector('.reader-body p')) };
  });
}

// The page's own look, element by element (a sample of every kind), for before and after the view.
async function pageStyles(page: Page) {
  return page.evaluate(() => {
    const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'display', 'margin-top', 'padding-left', 'width', 'overflow'];
    const seen = new Set<string>();
    return [...document.querySelectorAll('html, body, body *')].filter((el) => !seen.has(el.localName) && seen.add(el.localName))
      .map((el) => [el.localName, ...PROPS.map((p) => getComputedStyle(el).getPropertyValue(p))].join('|'));
  });
}

describe('styles', () => {
  it("page CSS that unsets and recolours everything does not change the view, and the view's styles do not change the page", async () => {
    const plain = await serve(source, 'plain.html');
    await clickToolbar(session.b, plain);
    const expected = await viewStyles(await readerFrame(plain));
    await plain.close();

    const HOSTILE_CSS = `<style>
      * { all: unset !important; color: red !important; font: 40px/1 monospace !important; }
      *, *::before, *::after, :host, ::slotted(*) { display: inline !important; background: lime !important; visibility: hidden !important; }
      iframe, [style] { display: none !important; opacity: 0 !important; transform: scale(0) !important; }
      html { filter: invert(1) !important; zoom: 3 !important; }
      @font-face { font-family: system-ui; src: local(Wingdings); }
    </style>`;
    const page = await serve(withHead(HOSTILE_CSS), 'hostile-css.html');
    const before = { state: await pageState(page), styles: await pageStyles(page) };
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(article.title);
    expect(await viewStyles(frame)).toEqual(expected);
    // The view covers the window: the host's box is the viewport, whatever the page says of elements.
    const box = await page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-'))!.getBoundingClientRect().toJSON() as DOMRect);
    const viewport = page.viewportSize()!;
    expect([box.width, box.height]).toEqual([viewport.width, viewport.height]);
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    expect({ state: await pageState(page), styles: await pageStyles(page) }).toEqual(before);
    await page.close();
  });
});

describe('a page that styles its root', () => {
  it.each([
    ['hides it', 'html { display: none !important; }'],
    ['fades, inverts, moves and clips it', ':root:root { opacity: 0 !important; filter: invert(1) !important; transform: translateX(-150%) !important; contain: strict !important; height: 10px !important; }'],
  ])('%s: the view still covers the window, and the page has its look back after', async (_name, rules) => {
    const page = await serve(withHead(`<style>${rules}</style>`), `root-${rules.length}.html`);
    const before = { state: await pageState(page), styles: await pageStyles(page) };
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(article.title);
    const shown = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-'))!;
      const root = getComputedStyle(document.documentElement);
      const { width, height, left, top } = host.getBoundingClientRect();
      return { box: [width, height, left, top], onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host, opacity: root.opacity, filter: root.filter };
    });
    const viewport = page.viewportSize()!;
    expect(shown).toEqual({ box: [viewport.width, viewport.height, 0, 0], onTop: true, opacity: '1', filter: 'none' });
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    expect({ state: await pageState(page), styles: await pageStyles(page) }).toEqual(before);
    await page.close();
  });
});

describe('strict pages', () => {
  it.each([
    ["default-src 'none'", { 'content-security-policy': "default-src 'none'" }],
    ["require-trusted-types-for 'script'", { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" }],
  ])('a page served with %s opens the view with its article, and closes as it was', async (_name, headers) => {
    const page = await serve(source, `strict-${Object.values(headers)[0]!.length}.html`, headers);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const before = await pageState(page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(article.title);
    expect(await frame.locator('.reader-body p').count()).toBeGreaterThan(5);
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the view's console", () => {
  it('an article whose every element carries on* handlers logs no Content Security Policy error, in the view or from our code in the page', async () => {
    // Handlers on paragraphs, images, SVG, links and media, in the body and in a block the view can put back.
    let n = 0;
    const handlers = () => { n += 1; return `onclick="alert(${n})" onmouseover="alert(${n})" onerror="alert(${n})" onload="alert(${n})"`; };
    // <noscript> images too: their markup is text that extraction parses in the page, under the page's CSP.
    const html = source
      .replace(/<p>/g, () => `<p ${handlers()}>`)
      .replace(/<img /g, () => `<img ${handlers()} `)
      .replace(/<\/article>/i, () => `<svg ${handlers()} width="20" height="20"><circle r="5" ${handlers()}/></svg>
        <video ${handlers()} src="https://media.example/v.mp4"></video><a href="https://example.com/more" ${handlers()}>More</a></article>`);
    expect(html).toMatch(/<noscript>[^<]*<img onclick/);
    const page = await serve(html, 'handlers.html', { 'content-security-policy': "script-src 'none'" });
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.location().url}: ${message.text()}`));
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(article.title);
    expect(await frame.locator('.reader-body p').count()).toBeGreaterThan(5);
    expect(await frame.locator('.reader-body img').count()).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(10);
    await page.waitForTimeout(500);
    const fromView = messages.filter((m) => m.startsWith('chrome-extension://'));
    expect(fromView.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await page.close();
  });
});

interface Recorded { target: string; url: string }

/**
 * Every request of every target from now on: CDP Network events of each page, frame, worker and
 * service worker (attached as they appear), and Playwright's own request events of the context.
 */
async function recordRequests(): Promise<{ requests: Recorded[]; stop(): Promise<void> }> {
  const cdp: CDPSession = await session.b.context.browser()!.newBrowserCDPSession();
  const requests: Recorded[] = [];
  const sessions = new Map<string, string>();
  let id = 0;
  type Info = { targetId: string; type: string; url: string };
  cdp.on('Target.receivedMessageFromTarget' as never, (({ sessionId, message }: { sessionId: string; message: string }) => {
    const m = JSON.parse(message) as { method?: string; params?: { request?: { url: string } } };
    if (m.method === 'Network.requestWillBeSent' && m.params?.request) requests.push({ target: sessions.get(sessionId) ?? '?', url: m.params.request.url });
  }) as never);
  const attached = new Set<string>();
  const attach = async (info: Info) => {
    if (attached.has(info.targetId) || !['page', 'iframe', 'service_worker', 'worker', 'shared_worker', 'other'].includes(info.type)) return;
    attached.add(info.targetId);
    const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: info.targetId, flatten: false } as never)) as { sessionId: string };
    sessions.set(sessionId, `${info.type} ${info.url}`);
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: (id += 1), method: 'Network.enable' }) } as never);
  };
  cdp.on('Target.targetCreated' as never, (({ targetInfo }: { targetInfo: Info }) => { attach(targetInfo).catch(() => undefined); }) as never);
  await cdp.send('Target.setDiscoverTargets' as never, { discover: true } as never);
  const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: Info[] };
  await Promise.all(targetInfos.map((info) => attach(info).catch(() => undefined)));
  const onRequest = (request: { url(): string; frame(): { url(): string } }) => {
    let frame = '?';
    try { frame = request.frame().url(); } catch { /* a service worker's request has no frame */ }
    requests.push({ target: `playwright ${frame}`, url: request.url() });
  };
  session.b.context.on('request', onRequest);
  return {
    requests,
    async stop() {
      session.b.context.off('request', onRequest);
      await cdp.detach();
    },
  };
}

describe('requests while reading', () => {
  // Not a request to anyone: the extension's own packaged files, and inline data.
  const local = (url: string) => /^(chrome-extension|data|blob):/.test(url);

  async function readingSession(showImages: boolean): Promise<{ requests: Recorded[]; images: string[] }> {
    await session.b.worker.evaluate((value) => chrome.storage.sync.set({ showImages: value }), showImages);
    const page = await serve(source, `reading-${showImages}.html`);
    await page.waitForLoadState('networkidle');
    const recorder = await recordRequests();
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    expect(await frame.locator('.reader-title').innerText()).toBe(article.title);
    // Time for late loads (lazy images, fonts, anything the view or the worker might fetch).
    await frame.locator('.reader-body').press('End').catch(() => undefined);
    await page.waitForTimeout(1500);
    const images = await frame.evaluate(() => [...document.querySelectorAll('img')].map((img) => img.currentSrc || img.src));
    await clickToolbar(session.b, page);
    await waitForNoReader(page);
    await page.waitForTimeout(300);
    await recorder.stop();
    await page.close();
    return { requests: recorder.requests.filter((r) => !local(r.url)), images };
  }

  it("with images shown, the only requests are the article's images", async () => {
    const { requests, images } = await readingSession(true);
    expect(images.length).toBeGreaterThan(0);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !images.includes(r.url))).toEqual([]);
  });

  it('with images turned off, there is no request at all', async () => {
    try {
      const { requests } = await readingSession(false);
      expect(requests).toEqual([]);
    } finally {
      await session.b.worker.evaluate(() => chrome.storage.sync.remove('showImages'));
    }
  });
});
