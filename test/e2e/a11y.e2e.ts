// axe-core (WCAG 2.0 A and AA, 2.1 AA) on the reading view in every theme, the popup and the
// options page: nothing serious or critical. axe runs inside each page through the DevTools
// protocol (the extension pages' CSP keeps page scripts out, not the debugger).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/shared/settings';
import { clickToolbar, openPage, readerFrame, tabIdOf, useBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec.values : [];

interface Finding { id: string; impact: string | null; nodes: string[] }

async function axe(target: Page | Frame): Promise<Finding[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const serious = (findings: Finding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

describe('accessibility (axe-core)', () => {
  const session = useBrowser();
  const setTheme = (theme: string) => session.b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);

  it.each(THEMES.map((theme) => [theme]))('the reading view in the %s theme', async (theme) => {
    await setTheme(theme);
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // With the names panel open: its entries and notes are checked too.
    await frame.locator('.entity-toggle').click();
    await frame.locator('.entity-entry').first().waitFor();
    expect(serious(await axe(frame))).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    await setTheme('system');
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.popup-toggle:not([disabled])').waitFor();
    expect(serious(await axe(popup))).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the options page', async () => {
    const options = await session.b.context.newPage();
    await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
    await options.locator('.host-access').waitFor();
    expect(serious(await axe(options))).toEqual([]);
    await options.close();
  });
});
