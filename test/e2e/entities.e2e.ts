import { afterEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { clickToolbar, openPage, readerFrame, tabIdOf, useBrowser } from './harness';

const session = useBrowser();

// Structure, not names: these hold for any recognizer that finds a repeated name on the seed page.

/** Per entity index: how many mentions (distinct data-mention) it has marked in the view. */
const markedMentions = (frame: Frame) => frame.evaluate(() => {
  const mentions = new Map<string, Set<string>>();
  for (const mark of document.querySelectorAll<HTMLElement>('.reader-body mark.entity')) {
    const set = mentions.get(mark.dataset.entity!) ?? new Set<string>();
    set.add(mark.dataset.mention!);
    mentions.set(mark.dataset.entity!, set);
  }
  return Object.fromEntries([...mentions].map(([entity, set]) => [entity, set.size]));
});

const marks = (frame: Frame, selector = 'mark.entity') => frame.locator(`.reader-body ${selector}`).count();

/** The focused element, if it is a mark: its entity, mention and whether it lies inside the viewport. */
const focusedMark = (frame: Frame) => frame.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el.localName !== 'mark') return null;
  const box = el.getBoundingClientRect();
  return { entity: el.dataset.entity, mention: el.dataset.mention, inView: box.top >= 0 && box.bottom <= innerHeight };
});

afterEach(async () => {
  await session.b.worker.evaluate(() => chrome.storage.sync.clear());
});

describe('entities in the reading view', () => {
  it('marks mentions, lists them in the panel with their counts, and steps through them', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-title');
    await expect.poll(() => marks(frame)).toBeGreaterThan(0);
    const classes = await frame.locator('.reader-body mark.entity').evaluateAll((els) => els.map((el) => el.className));
    for (const name of classes) expect(name).toMatch(/^entity entity--(person|organization|place)$/);

    await expect(frame.locator('.entity-panel').isHidden()).resolves.toBe(true);
    await frame.locator('.entity-toggle').click();
    await expect(frame.locator('.entity-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(frame.locator('.entity-panel').isVisible()).resolves.toBe(true);
    const entries = await frame.locator('.entity-entry').evaluateAll((els) => els.map((el) => ({
      entity: (el as HTMLElement).dataset.entity!, count: Number(el.querySelector('.entity-count')!.textContent),
    })));
    expect(entries.length).toBeGreaterThan(0);
    const marked = await markedMentions(frame);
    for (const entry of entries) expect(entry.count).toBe(marked[entry.entity]);
    const headings = await frame.locator('.entity-panel h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toMatch(/ (People|Organisations|Places)$/);

    // The most mentioned entry: the first press goes to its first mention, the next to its second.
    const repeated = entries.reduce((best, e) => (e.count > best.count ? e : best));
    expect(repeated.count).toBeGreaterThan(1);
    const button = frame.locator(`.entity-entry[data-entity="${repeated.entity}"]`);
    await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await button.click();
    const first = await focusedMark(frame);
    expect(first).toMatchObject({ entity: repeated.entity, inView: true });
    await expect.poll(() => frame.locator('.entity-panel [aria-live]').innerText()).toMatch(new RegExp(`, mention 1 of ${repeated.count}$`));
    await button.press('Enter');
    await expect.poll(() => focusedMark(frame).then((mark) => mark?.mention !== first!.mention && mark?.entity)).toBe(repeated.entity);
    const second = await focusedMark(frame);
    expect(second).toMatchObject({ entity: repeated.entity, inView: true });
    expect(second!.mention).not.toBe(first!.mention);
    await expect.poll(() => frame.locator('.entity-panel [aria-live]').innerText()).toMatch(new RegExp(`, mention 2 of ${repeated.count}$`));

    // Within the panel, Escape closes the panel (focus back on its toggle), not the view.
    await button.press('Escape');
    await expect.poll(() => frame.locator('.entity-panel').isHidden()).toBe(true);
    await expect(frame.locator('.reader-title').count()).resolves.toBe(1);
    await expect(frame.evaluate(() => document.activeElement?.className)).resolves.toBe('entity-toggle');
    await page.close();
  });

  it('follows the popup switch and stored settings live, and leaves the text as it was', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page, '.reader-title');
    await expect.poll(() => marks(frame)).toBeGreaterThan(0);
    const text = await frame.locator('.reader-body').innerText();

    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('#setting-highlightEntities').uncheck();
    await expect.poll(() => marks(frame)).toBe(0);
    await expect(frame.locator('.entity-toggle').count()).resolves.toBe(0);
    expect(await frame.locator('.reader-body').innerText()).toBe(text);
    await expect(frame.locator('.reader-body mark').count()).resolves.toBe(0);

    await session.b.worker.evaluate(() => chrome.storage.sync.set({ highlightEntities: true }));
    await expect.poll(() => marks(frame)).toBeGreaterThan(0);
    await expect(popup.locator('#setting-highlightEntities').isChecked()).resolves.toBe(true);

    await session.b.worker.evaluate(() => chrome.storage.sync.set({ entityPerson: false }));
    await expect.poll(() => marks(frame, 'mark.entity--person')).toBe(0);
    await popup.close();
    await page.close();
  });
});
