// The interface follows the browser's language: launched in Indonesian, the popup, the options page,
// the open view and the toolbar button speak Indonesian and show no English word; in English, no
// Indonesian one. (Needs Debian's chromium-l10n for Chromium's Indonesian.)
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leaksOf } from '../unit/helpers/i18n';
import { badgeOf, clickToolbar, openPage, readerFrame, tabIdOf, useBrowser } from './harness';

/** Every text node and every shown or read-out attribute of a page or frame. */
function visibleTexts(target: Page | Frame): Promise<string[]> {
  // The article's own words (and the snippets of what was removed from it) are the page's language, not ours.
  return target.evaluate(() => {
    const PAGE_TEXT = '.reader-body, .reader-title, .reader-site, .reader-byline, .removed-snippet';
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !node.parentElement?.closest(PAGE_TEXT)) texts.push(text);
    }
    for (const el of document.querySelectorAll('*')) {
      // A removed block's Show button is named with the block's own words.
      if (el.closest(PAGE_TEXT) || el.closest('.removed-entry')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

describe.each([
  { locale: 'id', other: 'en', badge: 'BUKA', view: ['Tutup tampilan baca', 'Bukan artikel'], minutes: /^\d+ menit baca$/, groups: ['Tampilan', 'Tampilan baca', 'Bacakan', 'Tokoh, organisasi, dan tempat', 'Mode baca otomatis'], title: /^Sift Reader: (buka|tutup) tampilan baca/ },
  { locale: 'en', other: 'id', badge: 'ON', view: ['Close reading view', 'Not an article'], minutes: /^\d+ min read$/, groups: ['Appearance', 'Reading view', 'Read aloud', 'People, organisations and places', 'Automatic reader mode'], title: /^Sift Reader: (open|close) the reading view/ },
])('the browser in $locale', ({ locale, other, badge, view, minutes, groups, title }) => {
  const session = useBrowser(undefined, { locale });

  it('is in that language, and so are the extension\'s messages', async () => {
    const ui = await session.b.worker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('lang')]);
    expect(ui[0]!.toLowerCase().startsWith(locale)).toBe(true);
    expect(ui[1]).toBe(locale);
  });

  it('the open view: toolbar, meta line, panel and link in the language, the article in its own', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    const texts = await visibleTexts(frame);
    expect(texts).toEqual(expect.arrayContaining(view));
    expect(await frame.locator('.reader-time').innerText()).toMatch(minutes);
    const [uiLang, articleLang] = await frame.evaluate(() => [document.documentElement.lang, document.querySelector('article')?.lang ?? '']);
    expect(uiLang).toBe(locale);
    expect(articleLang).toMatch(/^id\b/);
    expect(leaksOf(texts, locale, other)).toEqual([]);
    const tooltip = await session.b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(tooltip).toMatch(title);
    expect(leaksOf([tooltip], locale, other)).toEqual([]);
    expect(await badgeOf(session.b, tabId)).toBe(badge);
    await page.close();
  });

  it('the popup and the options page', async () => {
    const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
    const tabId = await tabIdOf(session.b, page);
    const popup = await session.b.context.newPage();
    await popup.goto(`chrome-extension://${session.b.extensionId}/popup.html?tab=${tabId}`);
    // The popup asks the background for the tab's status after it first paints.
    await popup.locator('.popup-toggle:not([disabled])').waitFor();
    await popup.locator('.host-access').waitFor();
    const popupTexts = await visibleTexts(popup);
    expect(popupTexts.length).toBeGreaterThan(10);
    expect(leaksOf(popupTexts, locale, other)).toEqual([]);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(locale);

    const options = await session.b.context.newPage();
    await options.goto(`chrome-extension://${session.b.extensionId}/options.html`);
    await expect.poll(() => options.locator('h2').allInnerTexts()).toEqual(groups);
    await options.locator('.host-access').waitFor();
    const optionTexts = await visibleTexts(options);
    expect(leaksOf(optionTexts, locale, other)).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

// An article written right to left, in an English interface: the meta line's own words stay
// isolated left-to-right runs ("5 min read", not "min read 5"), while the article keeps its direction.
const ARABIC_PARAGRAPH = 'أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل توفير البذور والأسمدة بأسعار مخفضة وتدريب الشباب على أساليب الري الحديثة التي توفر المياه وتزيد المحصول.';
const ARABIC_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة جديدة لدعم المزارعين</title>
<meta property="article:published_time" content="2024-03-12T09:00:00+03:00"></head><body><main><article>
<h1>خطة جديدة لدعم المزارعين</h1><p class="byline">بقلم سارة أحمد</p>
${Array.from({ length: 8 }, () => `<p>${ARABIC_PARAGRAPH}</p>`).join('\n')}
</article></main></body></html>`;

describe('a right-to-left article', () => {
  const session = useBrowser(undefined, { locale: 'en' });

  it('keeps its direction, and the interface words of the meta line stay isolated runs in the interface direction', async () => {
    const page = await session.b.context.newPage();
    await page.route('https://rtl.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARABIC_PAGE }));
    await page.goto('https://rtl.example/2024/03/12/farmers');
    await page.bringToFront();
    await clickToolbar(session.b, page);
    const frame = await readerFrame(page);
    const meta = await frame.evaluate(() => {
      const time = document.querySelector('.reader-time')!;
      const style = getComputedStyle(time);
      return {
        articleDir: getComputedStyle(document.querySelector('.reader-article')!).direction,
        timeText: (time as HTMLElement).innerText, timeDir: style.direction, timeBidi: style.unicodeBidi,
        parts: [...document.querySelectorAll('.reader-meta > *')].map((el) => [el.tagName, getComputedStyle(el).unicodeBidi]),
      };
    });
    expect(meta.articleDir).toBe('rtl');
    expect(meta.timeText).toMatch(/^\d+ min read$/);
    expect(meta.timeDir).toBe('ltr');
    expect(meta.parts.length).toBeGreaterThanOrEqual(2);
    for (const [tag, bidi] of meta.parts) expect([tag, bidi]).toEqual(['BDI', 'isolate']);
    await page.close();
  });
});
