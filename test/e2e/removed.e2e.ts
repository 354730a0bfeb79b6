import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SCHEMA } from '../../src/shared/settings';
import { clickToolbar, openPage, readerFrame, useBrowser } from './harness';

const session = useBrowser();

afterEach(async () => {
  await session.b.worker.evaluate(() => chrome.storage.sync.clear());
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** In the original page: each "Baca juga" paragraph with the paragraphs right before and after it. */
const readAlsoInPage = (page: Page) => page.evaluate(() => [...document.querySelectorAll('p')]
  .filter((p) => /^Baca juga:/.test(p.textContent!.trim()))
  .map((p) => ({
    text: p.textContent!.replace(/\s+/g, ' ').trim(),
    before: p.previousElementSibling?.textContent!.replace(/\s+/g, ' ').trim() ?? '',
    after: p.nextElementSibling?.textContent!.replace(/\s+/g, ' ').trim() ?? '',
  })));

/** The view's visible body blocks (markers are hidden), restored ones marked. */
const bodyBlocks = (frame: Frame) => frame.evaluate(() => [...document.querySelectorAll('.reader-body p, .reader-body .reader-restored')]
  .filter((el) => !el.parentElement!.closest('.reader-restored'))
  .map((el) => ({ restored: el.classList.contains('reader-restored'), text: el.textContent!.replace(/\s+/g, ' ').trim() })));

describe('what was removed', () => {
  it('lists the "Baca juga" links and "Advertisement" labels; Show puts one back in place, Hide takes it out', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const inPage = await readAlsoInPage(page);
    expect(inPage.length).toBeGreaterThan(0);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-title');
    const articleText = await frame.locator('.reader-body').innerText();
    const blocksBefore = await bodyBlocks(frame);
    const first = inPage[0]!;
    expect(blocksBefore.map((b) => b.text)).toContain(first.before);

    const toggle = frame.locator('#removed-panel-toggle');
    const count = Number((await toggle.textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(0);
    await toggle.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const panel = frame.locator('.removed-panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('.removed-entry').count()).resolves.toBe(count);
    const snippets = (await panel.locator('.removed-snippet').allTextContents()).map(collapse);
    for (const readAlso of inPage) expect(snippets.some((s) => readAlso.text.startsWith(s.replace(/…$/, '')))).toBe(true);
    const adGroup = panel.locator('.removed-group--ads');
    expect((await adGroup.locator('.removed-snippet').allTextContents()).filter((s) => s === 'Advertisement').length).toBeGreaterThan(0);

    // The first "Baca juga": Show puts it back between the paragraphs around it in the page.
    const entry = panel.locator('.removed-group--readAlso .removed-entry').filter({ hasText: first.text.slice(0, 30) });
    const show = entry.getByRole('button', { name: /^Show/ });
    await show.click();
    await expect.poll(() => frame.locator('.reader-body .reader-restored').count()).toBe(1);
    const blocks = await bodyBlocks(frame);
    const at = blocks.findIndex((b) => b.restored);
    expect(blocks[at]!.text).toBe(first.text);
    expect(blocks[at - 1]!.text).toBe(first.before);
    expect(blocks[at + 1]!.text).toBe(first.after);
    // The rest of the article is as it was.
    expect(blocks.filter((b) => !b.restored)).toEqual(blocksBefore);
    await expect(entry.getByRole('button').getAttribute('aria-pressed')).resolves.toBe('true');

    // Hide: gone again, and the article reads exactly as before.
    await entry.getByRole('button', { name: /^Hide/ }).click();
    await expect.poll(() => frame.locator('.reader-body .reader-restored').count()).toBe(0);
    await expect(frame.locator('.reader-body').innerText()).resolves.toBe(articleText);

    // Escape closes the panel first, and focus goes back to its button.
    await panel.locator('.removed-show-all').press('Escape');
    await expect(panel.isHidden()).resolves.toBe(true);
    await expect(frame.evaluate(() => document.activeElement?.id)).resolves.toBe('removed-panel-toggle');
    await expect(frame.locator('.reader-title').isVisible()).resolves.toBe(true);
    await page.close();
  });

  // As a11y.e2e.ts does for the view: axe-core, nothing serious or critical, here with the panel open
  // and a block put back (its muted colour and dashed rule), in every theme.
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const THEMES = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec.values : [];
  it.each(THEMES.map((theme) => [theme]))('passes axe-core with the panel open and a block shown, %s theme', async (theme) => {
    await session.b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-title');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await frame.locator('#removed-panel-toggle').click();
    await frame.locator('.removed-show-all').click();
    await frame.locator('.reader-body .reader-restored').first().waitFor();
    await frame.evaluate(AXE_SOURCE);
    const findings = await frame.evaluate(async () => {
      const run = (globalThis as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
      const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
