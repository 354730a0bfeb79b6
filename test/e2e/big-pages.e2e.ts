// Big and bad input in real Chromium (issue 18): generated pages served through page.route, the view
// opened by a real toolbar click. Pass: within a few seconds the view shows the article or says in
// words why not (in the view, or in the toolbar's tooltip where no view can be), the page still answers
// a script at once afterwards, and legacy encodings declared only in the HTTP header or only in a meta
// tag read without mojibake. Prints the time from the click to the answer for each page. A fuller
// sample (10,000 images, 100,000 elements, parsed deep nesting) runs with SIFT_FULL=1 (npm run test:full).
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickToolbar, readerFrame, tabIdOf, useBrowser } from './harness';
import * as big from '../unit/helpers/big-pages';

const FULL = process.env.SIFT_FULL === '1';
const session = useBrowser();
const TOO_LARGE = 'This page is too large to simplify.';
const NOT_HTML = /reads web pages written in HTML/;

interface Served { body: string | Uint8Array; type: string }

/** A new tab showing `served` at an address of the fixture server's origin (answered by the route, not the server). */
async function show(name: string, served: Served): Promise<Page> {
  const page = await session.b.context.newPage();
  const url = `${session.served.origin}/big/${name}`;
  // The page only: its images go to the fixture server, which answers 404 at once (10,000 requests
  // through the route took minutes), and the extension's own chunks are not touched.
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, headers: { 'content-type': served.type }, body: Buffer.from(served.body) }));
  // Not 'load': that waits for every image of the page.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.bringToFront();
  return page;
}

/** A trivial script in the page answers within 2 s: the tab is not frozen. */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  const answer = await Promise.race([page.evaluate(() => 1 + 1), new Promise((r) => setTimeout(() => r('frozen'), 2000))]);
  expect(answer).toBe(2);
  expect(Date.now() - started).toBeLessThan(2000);
}

/** Clicks the toolbar button; the view's frame once it shows its article or a message, and how long that took. */
async function open(page: Page): Promise<{ frame: Frame; ms: number }> {
  const started = Date.now();
  await clickToolbar(session.b, page);
  const frame = await readerFrame(page, '.reader-title, .reader-message, .reader-notice');
  return { frame, ms: Date.now() - started };
}

async function tooltip(page: Page): Promise<string> {
  const tabId = await tabIdOf(session.b, page);
  return session.b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

const html = (body: string): Served => ({ body, type: 'text/html; charset=utf-8' });
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const bigPages: Array<[string, () => Served, 'story' | 'story-or-too-large' | 'too-large']> = [
  ['20 MB of HTML', () => html(big.hugeHtml(20_000_000)), 'too-large'],
  ['a 2 MB paragraph', () => html(big.longParagraph(2_000_000)), 'story-or-too-large'],
  ['a table of 50,000 cells', () => html(big.bigTable(50_000)), 'story-or-too-large'],
  // Chromium's own renderer crashes laying out 5,000 nested visible blocks, so the nesting sits in a
  // hidden element beside the story; extraction still walks all of it.
  ['nesting 20,000 deep, built by a script', () => html(big.deepScriptPage(20_000, true)), 'story'],
  // The slowest pages to build and load run in the full suite (npm run test:full), with the largest:
  // CI's 15 minutes on two cores do not hold them all.
  ...(FULL ? [
    ['10,000 images', () => html(big.manyImages(10_000)), 'story-or-too-large'],
    ['100,000 elements', () => html(big.manyElements(100_000)), 'story-or-too-large'],
    ['5,000 levels of parsed nesting', () => html(big.deepHtml(5000)), 'story-or-too-large'],
  ] as Array<[string, () => Served, 'story-or-too-large']> : []),
];

describe('big pages: the view opens or says why within seconds, and the page stays responsive', () => {
  it.each(bigPages)('%s', async (name, make, expected) => {
    const page = await show(name.replace(/\W+/g, '-'), make());
    const { frame, ms } = await open(page);
    const title = await frame.locator('.reader-title').count();
    const said = title ? '' : collapse(await frame.locator('.reader-message, .reader-notice').first().innerText());
    console.log(`big-pages: ${name}: ${title ? 'article' : `"${said}"`} ${ms} ms after the click`);
    // Generous for a loaded CI machine (the frame's own load is in it); a freeze took far longer.
    expect(ms).toBeLessThan(15_000);
    if (expected === 'too-large' || (expected === 'story-or-too-large' && !title)) expect(said.startsWith(TOO_LARGE)).toBe(true);
    else {
      const body = collapse(await frame.locator('.reader-body').innerText());
      if (name.includes('paragraph')) expect(body.length).toBeGreaterThan(1_000_000);
      else for (const paragraph of big.STORY) expect(body).toContain(paragraph);
    }
    await expectResponsive(page);
    await page.close();
  }, 120_000);
});

describe('documents that are not HTML pages', () => {
  it.each([
    ['an SVG document', big.SVG_DOC, 'image/svg+xml'],
    ['an XML document', big.XML_DOC, 'application/xml'],
  ])('%s: no view, and the tooltip says why in words (no DOMException)', async (name, body, type) => {
    const page = await show(name.replace(/\W+/g, '-'), { body, type });
    await clickToolbar(session.b, page);
    let title = '';
    for (const deadline = Date.now() + 8000; Date.now() < deadline && !NOT_HTML.test(title); await page.waitForTimeout(50)) title = await tooltip(page);
    expect(title).toMatch(NOT_HTML);
    expect(title).not.toMatch(/DOMException|Error/);
    expect(page.frames().some((f) => f.url().includes('/reader.html'))).toBe(false);
    await expectResponsive(page);
    await page.close();
  });

  it.each([
    ['text/plain', { body: big.PLAIN_TEXT, type: 'text/plain; charset=utf-8' }],
    ['an empty page', html(big.EMPTY)],
    ['a frameset', html(big.FRAMESET)],
  ] as Array<[string, Served]>)('%s: the view or a reason in words, no raw error', async (name, served) => {
    const page = await show(name.replace(/\W+/g, '-'), served);
    await clickToolbar(session.b, page);
    let said = '';
    for (const deadline = Date.now() + 8000; Date.now() < deadline && !said; await page.waitForTimeout(50)) {
      const frame = page.frames().find((f) => f.url().includes('/reader.html'));
      const shown = frame ? await frame.locator('.reader-title, .reader-message, .reader-notice').first().innerText().catch(() => '') : '';
      const title = await tooltip(page);
      said = /^Loading/.test(shown) ? '' : shown || (/:/.test(title) ? title : '');
    }
    expect(said.length).toBeGreaterThan(10);
    expect(said).not.toMatch(/DOMException|TypeError|Failed to execute/);
    await expectResponsive(page);
    await page.close();
  });
});

describe('legacy encodings without mojibake', () => {
  const cases = Object.keys(big.LEGACY_STORIES).flatMap((encoding) => [[encoding, 'the HTTP header'], [encoding, 'a meta tag']] as const);
  it.each(cases)('%s declared only in %s', async (encoding, where) => {
    const inMeta = where === 'a meta tag';
    const page = await show(`${encoding}-${inMeta ? 'meta' : 'header'}`, {
      body: big.legacyPage(encoding, inMeta),
      type: inMeta ? 'text/html' : `text/html; charset=${encoding}`,
    });
    const story = big.LEGACY_STORIES[encoding]!;
    const { frame } = await open(page);
    await expect(frame.locator('.reader-title').innerText()).resolves.toBe(story.title);
    expect(collapse(await frame.locator('.reader-body').innerText())).toContain(story.paragraph);
    await page.close();
  });
});
