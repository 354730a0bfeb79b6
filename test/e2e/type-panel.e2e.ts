// The reading view's Aa panel in Chromium: the typeface changes live to a bundled font that really
// loads (from the extension, never in the page underneath), the high contrast theme, the options
// page and the popup showing the same choice (the options page's preview following it), Escape
// closing the panel before the view; and the toolbar's ⋯ menu with its keys.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/shared/settings';
import { clickToolbar, openPage, readerFrame, tabIdOf, useBrowser } from './harness';

const session = useBrowser();
const seedUrl = () => `${session.served.origin}/pages/seed.html`;
const stored = (key: string) => session.b.worker.evaluate((k) => chrome.storage.sync.get(k), key).then((items) => items[key]);
const resetSettings = () => session.b.worker.evaluate(() => chrome.storage.sync.clear());
const hasOverlay = (page: Page) => page.evaluate(() => [...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')) !== undefined);

async function openView(): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session.b, seedUrl());
  await clickToolbar(session.b, page);
  return { page, frame: await readerFrame(page) };
}

/** Colours as the browser computed them, of the parts of the view that show text. */
function viewColours(frame: Frame) {
  return frame.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      background: getComputedStyle(document.body).backgroundColor,
      text: style('.reader-article').color,
      muted: style('.reader-meta').color,
      link: style('.reader-footer a').color,
      panel: style('.type-panel').backgroundColor,
    };
  });
}

describe('the Aa panel', () => {
  it('sets the dyslexia-friendly face (a bundled font that loads) and high contrast, live; the options page and the popup show them; Escape closes the panel, then the view', async () => {
    await resetSettings();
    const { page, frame } = await openView();
    const aa = frame.getByRole('button', { name: 'Aa' });
    const panel = frame.getByRole('dialog', { name: 'Type and colours' });
    expect(await panel.isVisible()).toBe(false);
    await aa.click();
    await panel.waitFor({ state: 'visible' });
    expect(await aa.getAttribute('aria-expanded')).toBe('true');

    // Typeface: OpenDyslexic, on the article at once and stored.
    const articleFont = () => frame.evaluate(() => getComputedStyle(document.querySelector('.reader-article')!).fontFamily);
    expect(await articleFont()).not.toMatch(/OpenDyslexic/);
    await panel.getByText('Dyslexia-friendly', { exact: true }).click();
    await expect.poll(articleFont).toMatch(/^"?OpenDyslexic"?,/);
    await expect.poll(() => stored('fontFamily')).toBe('dyslexic');
    // The face has loaded (a FontFace of ours, status "loaded"), from a file inside the extension.
    await expect.poll(() => frame.evaluate(() => [...document.fonts]
      .filter((face) => face.family.replace(/["']/g, '') === 'OpenDyslexic' && face.status === 'loaded').length)).toBeGreaterThan(0);
    expect(await frame.evaluate(() => document.fonts.check('20px OpenDyslexic'))).toBe(true);
    // And the article's text is drawn with it: the fonts Chromium used for a paragraph (DevTools CSS domain).
    const cdp = await session.b.context.newCDPSession(frame);
    try {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.reader-body p' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts[0]).toMatchObject({ familyName: 'OpenDyslexic', isCustomFont: true });
    } finally {
      await cdp.detach();
    }
    // Every face is a WOFF2 file inside the extension (no remote font): the @font-face sources, fetched.
    const faces = await frame.evaluate(() => Promise.all([...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map(async (rule) => {
        const url = new URL(/url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))![1]!, sheet.href ?? location.href).href;
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return { family: rule.style.getPropertyValue('font-family').replace(/["']/g, ''), url, magic: String.fromCharCode(...bytes.slice(0, 4)) };
      }))));
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Atkinson Hyperlegible', 'OpenDyslexic']));
    for (const face of faces) {
      expect(face.url).toMatch(new RegExp(`^chrome-extension://${session.b.extensionId}/assets/[\\w-]+\\.woff2$`));
      expect(face.magic).toBe('wOF2');
    }
    // The page under the view loads no font of ours.
    const pageFonts = await page.evaluate(() => ({
      faces: [...document.fonts].map((face) => face.family),
      files: performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /opendyslexic|atkinson/i.test(name)),
    }));
    expect(pageFonts.faces.filter((family) => /OpenDyslexic|Atkinson/.test(family))).toEqual([]);
    expect(pageFonts.files).toEqual([]);

    // Theme: high contrast, white on black with yellow links.
    await panel.getByText('High contrast', { exact: true }).click();
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(await viewColours(frame)).toEqual({
      background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)', muted: 'rgb(232, 232, 232)', link: 'rgb(255, 255, 0)', panel: 'rgb(0, 0, 0)',
    });
    await expect.poll(() => stored('theme')).toBe('contrast');

    // The options page shows both choices, and its preview is drawn with them.
    const options = await session.b.context.newPage();
    await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
    const checked = (target: Page, name: string) => target.locator(`input[name=${name}]:checked`).getAttribute('value');
    await expect.poll(() => checked(options, 'fontFamily')).toBe('dyslexic');
    expect(await checked(options, 'theme')).toBe('contrast');
    const preview = () => options.evaluate(() => {
      const text = getComputedStyle(document.querySelector('.options-preview-text')!);
      const page = getComputedStyle(document.querySelector('.options-preview-page')!);
      return { font: text.fontFamily, size: text.fontSize, align: text.textAlign, background: page.backgroundColor, color: page.color };
    });
    expect(await preview()).toMatchObject({ background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)', size: '20px', align: 'start' });
    expect((await preview()).font).toMatch(/^"?OpenDyslexic"?,/);
    await expect.poll(() => options.evaluate(() => document.fonts.check('20px OpenDyslexic') && [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'OpenDyslexic' && f.status === 'loaded'))).toBe(true);
    // A change there: the preview follows, and so does the open view.
    await options.getByText('Sepia', { exact: true }).click();
    await options.getByText('Justified', { exact: true }).click();
    await expect.poll(async () => (await preview()).background).toBe('rgb(244, 236, 216)');
    expect((await preview()).align).toBe('justify');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const paragraph = () => frame.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.reader-body p')!);
      return [style.textAlign, style.hyphens, document.querySelector('article')!.lang];
    });
    await expect.poll(paragraph).toEqual(['justify', 'auto', expect.stringMatching(/^id\b/)]);

    // The popup shows the same choices.
    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${await tabIdOf(session.b, page)}`);
    await expect.poll(() => checked(popup, 'theme')).toBe('sepia');
    expect(await checked(popup, 'fontFamily')).toBe('dyslexic');
    await Promise.all([popup.close(), options.close()]);

    // Escape closes the panel (the focus back on Aa), not the view; a second Escape closes the view.
    // The panel stayed open, and shows what the options page chose.
    await page.bringToFront();
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('input[name=theme]:checked').getAttribute('value')).toBe('sepia');
    await panel.getByText('Standard', { exact: true }).click();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('type-toggle'))).toBe(true);
    await page.waitForTimeout(300);
    expect(await hasOverlay(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => ![...document.documentElement.children].find((el) => el.localName.startsWith('sift-reader-')));
    await resetSettings();
    await page.close();
  });

  it('changes size, line height, paragraph spacing and width live, and closes on a click outside', async () => {
    await resetSettings();
    const { page, frame } = await openView();
    await frame.getByRole('button', { name: 'Aa' }).click();
    const panel = frame.getByRole('dialog', { name: 'Type and colours' });
    const article = () => frame.evaluate(() => {
      const a = getComputedStyle(document.querySelector('.reader-article')!);
      return { size: a.fontSize, lineHeight: a.lineHeight, width: a.maxWidth, gap: getComputedStyle(document.querySelector('.reader-body p')!).marginBottom };
    });
    const before = await article();
    expect(before).toMatchObject({ size: '20px', lineHeight: '32px', gap: '20px' });
    await panel.getByRole('button', { name: 'Larger text' }).click();
    await panel.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(async () => (await article()).size).toBe('22px');
    await panel.getByLabel('Line spacing').fill('2');
    await panel.getByLabel('Paragraph spacing').fill('1.5');
    await panel.getByText('Wide', { exact: true }).click();
    await expect.poll(article).toMatchObject({ size: '22px', lineHeight: '44px', gap: '33px' });
    expect((await article()).width).not.toBe(before.width);
    await expect.poll(async () => [await stored('fontSize'), await stored('lineHeight'), await stored('paragraphSpacing'), await stored('contentWidth')]).toEqual([22, 2, 1.5, 'wide']);
    // A click in the article closes the panel.
    await frame.locator('.reader-title').click();
    await panel.waitFor({ state: 'hidden' });
    expect(await hasOverlay(page)).toBe(true);
    await resetSettings();
    await page.close();
  });
});

describe('the open panel and menu to axe-core (WCAG 2.0/2.1 A and AA)', () => {
  const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  it.each(THEMES.map((theme) => [theme]))('in the %s theme: nothing serious or critical', async (theme) => {
    await session.b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);
    const { page, frame } = await openView();
    await frame.getByRole('button', { name: 'Aa' }).click();
    await frame.getByRole('dialog').waitFor({ state: 'visible' });
    await frame.evaluate(AXE);
    const run = () => frame.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(await run()).toEqual([]);
    await frame.getByRole('button', { name: 'More actions' }).click();
    await frame.getByRole('menu').waitFor({ state: 'visible' });
    expect(await run()).toEqual([]);
    await resetSettings();
    await page.close();
  });
});

describe('forced colors (the system\'s high contrast mode)', () => {
  it('the system\'s colours replace the theme\'s, and the names keep their three underline styles', async () => {
    const { page, frame } = await openView();
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await frame.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await frame.locator('mark.entity--person').first().waitFor();
    const marks = await frame.evaluate(() => ['person', 'organization', 'place'].map((type) => {
      const mark = document.querySelector(`mark.entity--${type}`);
      if (!mark) return null;
      const style = getComputedStyle(mark);
      return { line: style.textDecorationLine, style: style.textDecorationStyle, tinted: style.backgroundColor !== getComputedStyle(document.body).backgroundColor };
    }).filter(Boolean));
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark).toMatchObject({ line: 'underline', tinted: false });
    expect(new Set(marks.map((mark) => mark!.style)).size).toBe(marks.length);
    // The chosen option in the panel is the system's Highlight, and still has its check.
    await frame.getByRole('button', { name: 'Aa' }).click();
    const chosen = await frame.evaluate(() => {
      const span = document.querySelector('input[name=theme]:checked + span')!;
      return { forced: getComputedStyle(span).forcedColorAdjust, check: getComputedStyle(span, '::before').content };
    });
    expect(chosen.forced).toBe('none');
    expect(chosen.check).toMatch(/✓/);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
  });
});

describe('the toolbar\'s ⋯ menu', () => {
  it('holds Not an article and Print; arrows move, Escape closes it (not the view) and focuses its button; Print prints', async () => {
    const { page, frame } = await openView();
    const button = frame.getByRole('button', { name: 'More actions' });
    const menu = frame.getByRole('menu');
    expect(await menu.isVisible()).toBe(false);
    // A calm toolbar: close, Aa, Names and ⋯; the rare actions and the size and theme controls are not on it.
    const tools = await frame.locator('.reader-toolbar button:visible').allInnerTexts();
    expect(tools).toEqual(expect.arrayContaining(['×', 'Aa', 'Names', '⋯']));
    expect(tools.filter((text) => /Not an article|Copy as|Save as|Print|A\+|A−/.test(text))).toEqual([]);
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await menu.waitFor({ state: 'visible' });
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Not an article', 'Copy as text', 'Copy as Markdown', 'Save as Markdown', 'Save as HTML', 'Print']);
    const focused = () => frame.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Not an article');
    expect(await frame.evaluate(() => document.activeElement?.classList.contains('reader-not-article'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Copy as text');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Print');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Not an article');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Print');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('⋯');
    await page.waitForTimeout(300);
    expect(await hasOverlay(page)).toBe(true);
    // Print: the view's onPrint, window.print() of the view's own frame.
    await frame.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed += 1; };
    });
    await button.click();
    await menu.getByRole('menuitem', { name: 'Print' }).click();
    await menu.waitFor({ state: 'hidden' });
    expect(await frame.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // A click outside closes it.
    await button.click();
    await menu.waitFor({ state: 'visible' });
    await frame.locator('.reader-title').click();
    await menu.waitFor({ state: 'hidden' });
    expect(await hasOverlay(page)).toBe(true);
    await page.close();
  });
});
