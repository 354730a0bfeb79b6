// Printing with the view open: Ctrl+P prints the view's own document, whose print rules
// (reader.css) leave the article alone; a print of the tab from the browser's menu shows none of
// the page's own content; the page is as it was once the view closes.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickToolbar, fixtures, openPage, pageState, paragraphs, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const seed = fixtures().find((f) => f.file === 'seed.html')!;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

interface DomNode { nodeType: number; nodeName: string; nodeValue: string; children?: DomNode[]; shadowRoots?: DomNode[] }

/** The text inside the overlay's shadow root, leaving out style sheets. */
async function overlayText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as unknown as { root: DomNode };
  await cdp.detach();
  const texts: string[] = [];
  const walk = (node: DomNode, inOverlay: boolean) => {
    if (node.nodeName === 'STYLE') return;
    if (inOverlay && node.nodeType === 3) texts.push(node.nodeValue);
    const here = inOverlay || node.nodeName.startsWith('SIFT-READER-');
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
  };
  walk(root, false);
  return texts.join(' ');
}

async function openView(): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
  await clickToolbar(session.b, page);
  const frame = await readerFrame(page);
  // The view as it prints: highlighting done, images loaded or given up.
  await expect.poll(() => frame.locator('.entity-panel .entity-entry').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await frame.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  return { page, frame };
}

/**
 * The view's document, as it stands, in a tab of its own at the reader page's address: the same
 * markup and the same stylesheets, printable to PDF (a frame inside a page cannot be printed to PDF
 * through the DevTools protocol). Its scripts do not run again: markup set this way is inert.
 */
async function printableCopy(frame: Frame): Promise<Page> {
  const { html, attributes } = await frame.evaluate(() => ({
    html: document.documentElement.innerHTML,
    attributes: [...document.documentElement.attributes].map((a) => [a.name, a.value] as [string, string]),
  }));
  // openPage answers the fixture's image hosts, as for the view.
  const copy = await openPage(session.b, `chrome-extension://${session.b.extensionId}/reader.html`);
  await copy.evaluate(async ({ html, attributes }) => {
    document.documentElement.innerHTML = html;
    for (const [name, value] of attributes) document.documentElement.setAttribute(name, value);
    await Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      (link as HTMLLinkElement).sheet ? undefined : new Promise((done) => link.addEventListener('load', done, { once: true }))));
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  }, { html, attributes });
  return copy;
}

describe('print', () => {
  it('Ctrl+P (and Cmd+P) in the view prints the view itself', async () => {
    const { page, frame } = await openView();
    await frame.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => { counted.printed += 1; };
    });
    await page.keyboard.press('Control+p');
    await expect.poll(() => frame.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.keyboard.press('Meta+p');
    await expect.poll(() => frame.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
    // The view is still open and unchanged by it.
    expect(await page.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')).length)).toBe(1);
    await page.close();
  });

  it('prints the reference article alone on at most 4 A4 pages: title, meta, every paragraph, figures with captions, the source URL', async () => {
    const { page, frame } = await openView();
    const source = await frame.locator('.reader-footer a').getAttribute('href');
    expect(source).toMatch(/^https?:\/\//);
    const copy = await printableCopy(frame);

    const pdf = await copy.pdf({ format: 'A4' });
    const pages = pageCount(pdf);
    console.info(`seed.html prints on ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);

    // What those pages show: the same document under the print rules.
    await copy.emulateMedia({ media: 'print' });
    const visible = (selector: string) => copy.locator(selector).evaluateAll((els) => els.some((el) => (el as HTMLElement).checkVisibility()));
    expect(await visible('.reader-title')).toBe(true);
    expect(normalize(await copy.locator('.reader-title').innerText())).toBe(seed.title);
    expect(await visible('.reader-meta')).toBe(true);
    const body = normalize(await copy.locator('.reader-body').innerText());
    for (const paragraph of paragraphs(seed.body)) expect(body).toContain(paragraph);
    const figures = await copy.locator('.reader-body figure').evaluateAll((els) => els.map((el) => ({
      shown: (el as HTMLElement).checkVisibility(),
      caption: (el.querySelector('figcaption') as HTMLElement | null)?.checkVisibility() ?? null,
    })));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure).toEqual({ shown: true, caption: figure.caption === null ? null : true });
    expect(await copy.locator('.reader-body figure img').evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
    // The source's address is printed after the footer's link.
    const after = await copy.locator('.reader-footer a').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`"${source}"`);
    expect(await visible('.reader-footer a')).toBe(true);
    // None of the view's controls, panels or progress bar.
    for (const selector of ['.reader-toolbar', '.reader-toolbar button', '.entity-panel', '.reader-progress', '.reader-toast']) {
      expect(await visible(selector), selector).toBe(false);
    }
    // Black on white whatever the theme.
    expect(await copy.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await copy.close();
    await page.close();
  });

  it('a print of the tab from the browser menu prints the article, not the page under the view, and closing leaves the page as it was', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const before = await pageState(page);
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    const pagesBefore = pageCount(await page.pdf({ format: 'A4' }));
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    const source = await frame.locator('.reader-footer a').getAttribute('href');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    await page.emulateMedia({ media: null });

    // A real print of the top page (beforeprint, layout for paper, afterprint): the article, not
    // one screen of the view, and not the page's own pages.
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    console.info(`seed.html from the browser's print: ${pages} A4 page(s), the page alone ${pagesBefore}`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(4);
    expect(pages).toBeLessThan(pagesBefore);

    // What it prints, read through the DevTools protocol (the overlay's shadow root is closed).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const printed = normalize(await overlayText(page));
    expect(printed).toContain(seed.title);
    for (const paragraph of paragraphs(seed.body)) expect(printed).toContain(paragraph);
    expect(printed).toContain(source!);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(normalize(await overlayText(page))).toBe('');
    // The view is back as it was, over the page, and still works.
    expect(await page.evaluate(() => getComputedStyle([...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-'))!).position)).toBe('fixed');
    await expect(frame.locator('.reader-title').isVisible()).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(sheetsBefore);
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(pagesBefore);
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });
});
