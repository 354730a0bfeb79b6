// Export from the reading view, in real Chromium: Save as Markdown and Save as HTML download files
// (an <a download> from the extension page, no downloads permission) and Copy as Markdown puts
// Markdown on the clipboard, each confirmed in the view's status region.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickToolbar, fixtures, openPage, paragraphs, readerFrame, useBrowser } from './harness';

const session = useBrowser();
const seed = fixtures().find((f) => f.file === 'seed.html')!;

/** What a reader of the Markdown sees: link texts, no escapes, no emphasis marks, spaces collapsed. */
const readable = (markdown: string) => markdown
  .replace(/!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
  .replace(/(?<!\\)\*+/g, '')
  .replace(/\\(.)/g, '$1')
  .replace(/\s+/g, ' ');

async function openSeed(): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
  await clickToolbar(session.b, page);
  return { page, frame: await readerFrame(page) };
}

/** Chooses an item of the ⋯ menu by keyboard-free click, as a user with a mouse would. */
async function choose(frame: Frame, item: string): Promise<void> {
  await frame.locator('.reader-menu-button').click();
  await frame.locator(`#reader-menu .${item}`).click();
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious or critical findings (WCAG 2.0/2.1 A and AA) in the view's frame, as a11y.e2e.ts runs it. */
async function seriousFindings(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null }[] };
    const { axe } = globalThis as unknown as { axe: { run(ctx: Document, options: object): Promise<Result> } };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

const status = (frame: Frame) => frame.locator('.reader-export-status[role="status"]').innerText();

describe('export', () => {
  it('Save as Markdown downloads a .md file with front matter, the title and every paragraph of the reference page', async () => {
    const { page, frame } = await openSeed();
    const [download] = await Promise.all([page.waitForEvent('download'), choose(frame, 'reader-save-markdown')]);
    expect(download.suggestedFilename()).toMatch(/^putin-kim-bertukar-surat[\p{L}\p{N}-]*\.md$/u);
    const file = readFileSync((await download.path())!, 'utf8');
    const [, front, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file) ?? [];
    expect(front).toBeDefined();
    const fields = Object.fromEntries(front!.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 2)) as string]));
    expect(fields).toMatchObject({ title: seed.title, url: page.url() });
    // The article's language, as the view sets it on its article element (the reference page is Indonesian).
    expect(fields.language).toBe(await frame.locator('.reader-article').getAttribute('lang'));
    expect(fields.language).toMatch(/^id(-|$)/);
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['title', 'byline', 'site', 'url', 'date', 'language']));
    expect(rest!.startsWith(`\n# ${seed.title}\n`)).toBe(true);
    const text = readable(rest!);
    const expected = paragraphs(seed.body);
    expect(expected).toHaveLength(10);
    for (const paragraph of expected) expect(text).toContain(paragraph);
    await expect.poll(() => status(frame)).toBe('Saved');
    // The confirmation shown, and the menu open with its export items: axe finds nothing serious.
    expect(await seriousFindings(frame)).toEqual([]);
    await frame.locator('.reader-menu-button').click();
    await frame.locator('#reader-menu .reader-save-html').waitFor();
    expect(await seriousFindings(frame)).toEqual([]);
    await page.close();
  });

  it('Save as HTML downloads one page with the title, the article\'s language and no script', async () => {
    const { page, frame } = await openSeed();
    const [download] = await Promise.all([page.waitForEvent('download'), choose(frame, 'reader-save-html')]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    // The article's language and direction, as the view sets them on its article element.
    const [lang, dir] = await frame.locator('.reader-article').evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')]);
    expect(lang).toMatch(/^id(-|$)/);
    expect(html.startsWith(`<!doctype html>\n<html lang="${lang}" dir="${dir}"`)).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<h1 class="reader-title">${seed.title}</h1>`);
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    // The view's own article styles travel in the file, the toolbar's do not.
    expect(html).toMatch(/<style>[\s\S]*\.reader-article[\s\S]*<\/style>/);
    expect(html).not.toContain('.reader-toolbar');
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    for (const paragraph of paragraphs(seed.body)) expect(text).toContain(paragraph);
    await page.close();
  });

  it('Copy as Markdown puts the title heading and the body as Markdown on the clipboard, and says "Copied"', async () => {
    const { page, frame } = await openSeed();
    await session.b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.served.origin });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await choose(frame, 'reader-copy-markdown');
    await expect.poll(() => status(frame)).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`# ${seed.title}\n\n`)).toBe(true);
    expect(copied).not.toMatch(/^---/);
    for (const paragraph of paragraphs(seed.body)) expect(readable(copied)).toContain(paragraph);
    await page.close();
  });

  it('Copy as text puts the title and the plain paragraphs on the clipboard, reached by keyboard', async () => {
    const { page, frame } = await openSeed();
    await session.b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.served.origin });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    // The ⋯ button opens on ↓ at its first item ("Not an article"); the next item is Copy as text.
    await frame.locator('.reader-menu-button').focus();
    const focused = () => frame.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Not an article');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Copy as text');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(frame)).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${seed.title}\n\n`)).toBe(true);
    expect(copied).not.toMatch(/[#*[\]]\(/);
    const text = copied.replace(/\s+/g, ' ');
    for (const paragraph of paragraphs(seed.body)) expect(text).toContain(paragraph);
    await page.close();
  });
});
