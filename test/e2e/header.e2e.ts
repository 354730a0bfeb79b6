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
// Only for the browser: the zone goes back once it has started, so no other test file sees it.
const zone = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';
const session = useBrowser(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});
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

// Pages made here, served at an address of their own (the view needs an http page, not a file).
async function openMadePage(url: string, html: string) {
  const page = await session.b.context.newPage();
  await page.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.route((u) => u.href !== url && /^https?:$/.test(u.protocol), (route) => route.fulfill({ status: 204, body: '' }));
  await page.goto(url);
  await page.bringToFront();
  await clickToolbar(session.b, page);
  const frame = await readerFrame(page, '.reader-title, .reader-message, .reader-show-anyway');
  // Where the page classifier is unsure of a page in these scripts, the view asks first.
  if ((await frame.locator('.reader-show-anyway').count()) > 0) await frame.locator('.reader-show-anyway').click();
  return { page, frame: await readerFrame(page) };
}

const made = (lang: string, head: string, above: string, paragraphs: string[]) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title>
  <meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-21T08:00:00+09:00">${head}</head><body>
  <header><nav><a href="/">Home</a></nav></header>
  <main><article><h1>${paragraphs[0]!.slice(0, 12)}</h1><div class="lead">${above}</div>
  <div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></main><footer><a href="/a">About</a></footer></body></html>`;

describe('articles in scripts without spaces', () => {
  const ZH = '北京市政府周二宣布，将在未来五年内投资建设新的公共交通线路，以缓解城市交通拥堵问题。官员表示，新线路将连接主要住宅区和商业中心，预计每天可服务数十万名乘客。';
  const JA = '港の朝は早く、漁師たちは日の出前から船の準備を始める。今年は水揚げが少なく、組合は新しい販路を探している、と関係者は話した。町の人々も観光客の増加に期待を寄せている。';

  it('a Chinese article: reading time by its characters, its words counted by the segmenter', async () => {
    const { page, frame } = await openMadePage('http://zh.news.test/2024/transit.html', made('zh-CN', '', '', Array.from({ length: 14 }, () => ZH)));
    const expected = await frame.locator('.reader-body').evaluate((body) => {
      const text = body.textContent ?? '';
      const han = (text.match(/\p{sc=Han}/gu) ?? []).length;
      const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
      return { han, words };
    });
    const meta = (await frame.locator('.reader-meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain(`${Math.max(1, Math.round(expected.han / speeds.languages.zh.charactersPerMinute))} min read`);
    // Not one "word" per paragraph, as counting by spaces would give.
    expect(expected.words).toBeGreaterThan(14 * 20);
    expect(meta).toContain(`${expected.words.toLocaleString('en-US')} words`);
    await page.close();
  });

  it('a Japanese article whose only picture is a lead figure above the story, without a share image, shows it', async () => {
    const figure = '<figure><img src="http://img.news.test/minato-1024x576.jpg" alt="港の朝"><figcaption>早朝の港</figcaption></figure>';
    const { page, frame } = await openMadePage('http://ja.news.test/2024/minato.html', made('ja', '', figure, Array.from({ length: 8 }, () => JA)));
    await expect(frame.locator('.reader-body figure img').getAttribute('src')).resolves.toBe('http://img.news.test/minato-1024x576.jpg');
    await expect(frame.locator('.reader-body figcaption').innerText()).resolves.toBe('早朝の港');
    await expect(frame.locator('.reader-lead').count()).resolves.toBe(0);
    await page.close();
  });
});
