// The reading view on the keyboard alone: it has the keys as soon as it opens (no click), every
// shortcut does its thing, Escape closes the topmost layer first, Tab never leaves the view, and
// focus goes back to the page's element on close.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { clickToolbar, openPage, pageState, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const ENGLISH = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

afterEach(async () => {
  // Shortcuts save settings: each test starts from the defaults.
  await session.b.worker.evaluate(() => chrome.storage.sync.clear());
});

/** The reference page, scrolled, with focus on one of its links (restored on close). */
async function prepare(): Promise<Page> {
  const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
  await page.evaluate(() => {
    window.scrollTo(0, 600);
    const link = [...document.querySelectorAll<HTMLElement>('a[href]')].find((el) => {
      el.focus({ preventScroll: true });
      return document.activeElement === el;
    });
    link?.setAttribute('data-focused-before', '');
  });
  return page;
}

async function open(page: Page): Promise<Frame> {
  await clickToolbar(session.b, page);
  return readerFrame(page);
}

/**
 * Entity highlighting rewrites the body's text into marks a moment after the view opens; the view
 * knows its marks once the (hidden) panel lists them.
 */
const highlighted = (frame: Frame) => expect.poll(() => frame.locator('.entity-panel .entity-entry').count(), { timeout: 15_000 }).toBeGreaterThan(1);
const scrollTop = (frame: Frame) => frame.evaluate(() => document.scrollingElement!.scrollTop);
/**
 * Waits for a keyboard scroll to end: Chromium animates them, and a key pressed as an animation ends
 * can be lost in it (Chromium's doing, not the view's).
 */
const scrollEnded = (frame: Frame) => frame.evaluate(() => new Promise<void>((done) => {
  let last = -1;
  const check = () => (scrollY === last ? done() : ((last = scrollY), setTimeout(check, 100)));
  check();
}));
const active = (frame: Frame) => frame.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.localName}${el.className ? `.${el.className.split(' ')[0]}` : ''}` : null;
});
/** Whether the page underneath has focus anywhere but the view's overlay. */
const pageHasFocusOutsideView = (page: Page) => page.evaluate(() => !document.activeElement?.localName.startsWith('sift-reader-'));

/** Opens the view and scrolls it with the keys alone, pressed at once (no click), then closes it. */
async function scrollWithKeys(page: Page): Promise<void> {
  const frame = await open(page);
  expect(await pageHasFocusOutsideView(page)).toBe(false);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(frame)).toBeGreaterThan(100);
  await scrollEnded(frame);
  const afterPageDown = await scrollTop(frame);
  await page.keyboard.press(' ');
  await expect.poll(() => scrollTop(frame)).toBeGreaterThan(afterPageDown);
  await highlighted(frame);
  await page.keyboard.press('End');
  await expect.poll(() => frame.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.scrollingElement!.scrollHeight - 2)).toBe(true);
  await scrollEnded(frame);
  await page.keyboard.press('Home');
  await expect.poll(() => scrollTop(frame)).toBe(0);
  await scrollEnded(frame);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => scrollTop(frame)).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await waitForNoReader(page);
}

describe('keyboard: focus on open', () => {
  it('scrolls the article with PageDown, Space, End, Home and the arrows at once, on first and later openings', async () => {
    // Focus used to reach the view on some openings only: two tabs, two openings each.
    for (let tab = 0; tab < 2; tab++) {
      const page = await prepare();
      await scrollWithKeys(page);
      await scrollWithKeys(page);
      await page.close();
    }
  });

  it('gives focus back to the page element it came from on close, the page left as it was', async () => {
    const page = await prepare();
    const before = await pageState(page);
    expect(before.focus).toMatch(/^A/);
    await open(page);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    expect(await pageState(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-focused-before'))).toBe(true);
    await page.close();
  });
});

describe('keyboard: shortcuts', () => {
  it('+ and = make the text larger, - smaller', async () => {
    const page = await prepare();
    const frame = await open(page);
    const size = () => frame.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reader-article')!).fontSize));
    const start = await size();
    await page.keyboard.press('+');
    await expect.poll(size).toBe(start + 1);
    // A screen reader hears it (the toolbar's controls that show the size do not have focus).
    await expect.poll(() => frame.locator('[role="status"].reader-key-status').textContent()).toBe(`Text size ${start + 1} px`);
    await page.keyboard.press('=');
    await expect.poll(size).toBe(start + 2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(size).toBe(start - 1);
    await page.close();
  });

  it('t changes the look on every press and goes through every theme', async () => {
    const page = await prepare();
    const frame = await open(page);
    const look = () => frame.evaluate(() => ({ theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.body).backgroundColor }));
    const seen = [await look()];
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('t');
      await expect.poll(async () => (await look()).bg).not.toBe(seen[seen.length - 1]!.bg);
      seen.push(await look());
      // A screen reader hears the theme's name, as the settings write it.
      const name = ENGLISH[`theme_${seen[seen.length - 1]!.theme}`]?.message;
      expect(await frame.locator('[role="status"].reader-key-status').textContent()).toBe(`Theme: ${name}`);
    }
    // Light (the system's, here), sepia and dark at least, each its own colour; the saved setting follows.
    expect(new Set(seen.map((s) => s.bg)).size).toBeGreaterThanOrEqual(3);
    expect(seen.map((s) => s.theme)).toEqual(expect.arrayContaining(['sepia', 'dark']));
    // Writes to storage.sync are coalesced (120 a minute at most): the last one lands within a second.
    await expect.poll(() => session.b.worker.evaluate(() => chrome.storage.sync.get('theme'))).toEqual({ theme: seen[seen.length - 1]!.theme });
    await page.close();
  });

  it('e turns entity highlighting off and on; n and p go through the mentions in document order', async () => {
    const page = await prepare();
    const frame = await open(page);
    const marks = () => frame.locator('.reader-body mark.entity').count();
    await highlighted(frame);
    const order = await frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reader-body mark.entity')]
      .filter((m, i, all) => i === 0 || all[i - 1]!.dataset.mention !== m.dataset.mention || all[i - 1]!.dataset.entity !== m.dataset.entity)
      .map((m) => `${m.dataset.entity}/${m.dataset.mention}`));
    const focusedMark = () => frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return el.matches('mark.entity') ? { id: `${el.dataset.entity}/${el.dataset.mention}`, inView: box.top >= 0 && box.bottom <= innerHeight } : null;
    });
    await page.keyboard.press('n');
    await expect.poll(focusedMark).toEqual({ id: order[0], inView: true });
    await page.keyboard.press('n');
    await expect.poll(focusedMark).toEqual({ id: order[1], inView: true });
    await page.keyboard.press('p');
    await expect.poll(focusedMark).toEqual({ id: order[0], inView: true });
    await page.keyboard.press('p');
    await expect.poll(focusedMark).toEqual({ id: order[order.length - 1], inView: true });

    await page.keyboard.press('e');
    await expect.poll(marks).toBe(0);
    await expect.poll(() => frame.locator('[role="status"].reader-key-status').textContent()).toBe('Highlighting of names off');
    expect(await session.b.worker.evaluate(() => chrome.storage.sync.get('highlightEntities'))).toEqual({ highlightEntities: false });
    await page.keyboard.press('e');
    await highlighted(frame);
    expect(await marks()).toBeGreaterThan(1);
    await page.close();
  });

  // `r` (read aloud) has its own tests: test/e2e/read-aloud.e2e.ts.

  it('ignores shortcuts while typing in a field, and with Ctrl, Alt or Meta held', async () => {
    const page = await prepare();
    const frame = await open(page);
    const theme = () => frame.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme();
    await page.keyboard.press('Alt+t');
    await page.keyboard.press('Meta+t');
    // A text field inside the view (the view's own fields are in its panels): typing a t is typing.
    await frame.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      document.querySelector('.reader-header')!.append(field);
      field.focus();
    });
    await page.keyboard.type('tep?+');
    expect(await frame.locator('#typing').inputValue()).toBe('tep?+');
    await page.waitForTimeout(200);
    expect(await theme()).toBe(before);
    await expect(frame.locator('[role="dialog"][aria-modal="true"]').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('keyboard: help, layers and Tab', () => {
  it('? opens the shortcut list as a modal dialog; Tab stays in it; Esc closes only the help, then the view', async () => {
    const page = await prepare();
    const frame = await open(page);
    await page.keyboard.press('?');
    const dialog = frame.locator('[role="dialog"][aria-modal="true"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const name = await dialog.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent);
    expect(name).toBeTruthy();
    const keys = await dialog.locator('kbd').allTextContents();
    for (const key of ['+', '=', '-', 't', 'e', 'n', 'p', 'r', '?']) expect(keys).toContain(key);
    expect(await frame.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      expect(await frame.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    // Shortcuts other than ? do not act behind the dialog.
    const theme = await frame.evaluate(() => document.documentElement.dataset.theme);
    await page.keyboard.press('t');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')).length)).toBe(1);
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    await page.close();
  });

  it('Esc closes the entity panel first, with focus back on its button, and then the view', async () => {
    const page = await prepare();
    const frame = await open(page);
    await frame.locator('.entity-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('.entity-panel').isVisible()).toBe(true);
    await frame.locator('.entity-panel').evaluate((el) => (el.querySelector('button') ?? el).focus());
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.locator('.entity-panel').isVisible()).toBe(false);
    expect(await active(frame)).toBe('button.entity-toggle');
    expect(await page.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')).length)).toBe(1);
    // Also with focus gone into the article (an entry followed to its mention): the panel first.
    await highlighted(frame);
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('.entity-panel').isVisible()).toBe(true);
    await frame.locator('.entity-entry').first().click();
    await expect.poll(() => active(frame)).toMatch(/^mark\.entity/);
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.locator('.entity-panel').isVisible()).toBe(false);
    expect(await active(frame)).toBe('button.entity-toggle');
    expect(await page.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('sift-reader-')).length)).toBe(1);
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    await page.close();
  });

  it('Tab and Shift+Tab cycle through the view and never reach the page underneath', async () => {
    const page = await prepare();
    const frame = await open(page);
    const stops = await frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true })).length);
    expect(stops).toBeGreaterThan(2);
    const visited: string[] = [];
    for (let press = 0; press < stops + 3; press++) {
      await page.keyboard.press('Tab');
      expect(await pageHasFocusOutsideView(page), `Tab ${press + 1}`).toBe(false);
      expect(await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body), `Tab ${press + 1}`).toBe(true);
      visited.push((await active(frame))!);
    }
    // After the last stop, Tab comes round to the first one again.
    expect(visited[stops]).toBe(visited[0]);
    for (let press = 0; press < 3; press++) {
      await page.keyboard.press('Shift+Tab');
      expect(await pageHasFocusOutsideView(page), `Shift+Tab ${press + 1}`).toBe(false);
    }
    // Back past the first stop goes round to the last.
    await frame.evaluate(() => (document.querySelector<HTMLElement>('.reader-toolbar button'))!.focus());
    await page.keyboard.press('Shift+Tab');
    expect(await frame.evaluate(() => document.activeElement?.closest('.reader-footer') !== null)).toBe(true);
    expect(await pageHasFocusOutsideView(page)).toBe(false);
    await page.close();
  });
});

describe('the help dialog for screen readers', () => {
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each([['light'], ['dark']])('open in the %s theme, it has no serious or critical axe finding', async (theme) => {
    await session.b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);
    const page = await prepare();
    const frame = await open(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.keyboard.press('?');
    await frame.locator('[role="dialog"][aria-modal="true"]').waitFor();
    await frame.evaluate(AXE_SOURCE);
    const findings = await frame.evaluate(async () => {
      const { axe } = globalThis as unknown as { axe: { run(ctx: Element, options: object): Promise<{ violations: { id: string; impact: string | null }[] }> } };
      const result = await axe.run(document.querySelector('[role="dialog"]')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}:${v.impact}`);
    });
    expect(findings.filter((f) => /:(serious|critical)$/.test(f))).toEqual([]);
    await page.close();
  });
});

describe('reading progress', () => {
  it('a progressbar at the top that follows the scroll, 0 at the top to 100 at the end, still under reduced motion', async () => {
    const page = await prepare();
    const frame = await open(page);
    const bar = frame.locator('.reader-progress[role="progressbar"]');
    const now = async () => Number(await bar.getAttribute('aria-valuenow'));
    expect(await bar.getAttribute('aria-label')).toBeTruthy();
    expect(await now()).toBe(0);
    const box = await bar.boundingBox();
    expect(box).toMatchObject({ y: 0 });
    expect(box!.height).toBeLessThanOrEqual(4);
    await page.keyboard.press('PageDown');
    await expect.poll(now).toBeGreaterThan(0);
    await expect.poll(now).toBeLessThan(100);
    await scrollEnded(frame);
    await page.keyboard.press('End');
    await expect.poll(now).toBe(100);
    const fill = () => frame.locator('.reader-progress-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await fill()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(fill).toBe('0s');
    await page.close();
  });
});
