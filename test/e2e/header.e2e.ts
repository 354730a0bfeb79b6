// The view's header facts and its pictures in Chromium: the meta line of the reference page (its own
// calendar date in a browser far west of the article's zone, reading time, word count), and each
// photo once, inside the text column, on every fixture article with pictures.
import { describe, expect, it } from 'vitest';
import speeds from '../../src/rules/reading-speed.json';
import { imageIdentity } from '../../src/core/extract/media/image-identity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, clickToolbar, fixtures, openPage, readerFrame, useBrowser } from './harness';

// Chromium reads the zone from TZ (it is started with this process's environment): in Los Angeles the
// reference page's 16 August 2022, 09:41 in Jakarta (02:41 UTC), is still the 15th.
process.env.TZ = 'America/Los_Angeles';

const session = useBrowser();
const all = fixtures();
const seed = all.find((f) => f.file === 'seed.html')!;

async function openView(file: string) {
  const page = await openPage(session.b, `${session.served.origin}/pages/${file}`);
  await clickToolbar(session.b, page);
  return { page, frame: await readerFrame(page) };
}

describe('the header', () => {
  it('shows the reference page\'s own date, its reading time at the Indonesian rate and its word count', async () => {
    const blank = await openPage(session.b, 'about:blank');
    expect(await blank.evaluate(() => new Date('2022-08-16T02:41:27Z').getDate())).toBe(15);
    await blank.close();
    const { page, frame } = await openView('seed.html');
    const meta = (await frame.locator('.reader-meta').innerText()).replace(/\s+/g, ' ');
    // The gold body is written with single spaces between words and no script without spaces.
    const count = seed.body.split(/\s+/).filter(Boolean).length;
    const minutes = Math.max(1, Math.round(count / speeds.languages.id.wordsPerMinute));
    expect(meta).toContain('August 16, 2022');
    expect(meta).toContain(`${minutes} min read`);
    expect(meta).toContain(`${count.toLocaleString('en-US')} words`);
    expect(await frame.locator('.reader-meta time').getAttribute('datetime')).toMatch(/^2022-08-16T/);
    await page.close();
  });
});

describe('pictures', () => {
  // Every article page that has a figure of its story or a share image: the view must show a picture.
  const withImages = all.filter((f) => f.article && /<figure\b|property="og:image"/.test(readFileSync(join(FIXTURES, f.file), 'utf8')));

  it('covers the fixture articles with pictures', () => expect(withImages.length).toBeGreaterThanOrEqual(9));

  it.each(withImages.map((f) => [f.file]))('%s: each photo once (lead and body), inside the text column', async (file) => {
    const { page, frame } = await openView(file);
    const images = await frame.locator('.reader-lead, .reader-body img').evaluateAll((imgs) => imgs.map((img) => {
      const body = document.querySelector('.reader-body')!.getBoundingClientRect();
      const box = (img.closest('figure') ?? img).getBoundingClientRect();
      return { src: (img as HTMLImageElement).currentSrc || img.getAttribute('src')!, width: box.width, column: body.width, left: box.left - body.left };
    }));
    expect(images.length).toBeGreaterThan(0);
    const identities = images.map((img) => imageIdentity(img.src));
    expect(new Set(identities).size).toBe(identities.length);
    for (const img of images) {
      expect(img.width).toBeLessThanOrEqual(img.column + 0.5);
      expect(img.left).toBeGreaterThanOrEqual(-0.5);
    }
    await page.close();
  });
});
