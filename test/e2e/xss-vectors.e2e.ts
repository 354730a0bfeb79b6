// Every XSS vector of the corpus (test/unit/fixtures/xss, minus the three its SOURCE.md flags as denial of
// service) put into article pages — in the body, the title, a byline, JSON-LD, Open Graph, `lang` and
// `dir` — and the view opened on each page in real Chromium. The pages are served with a CSP that forbids
// their own scripts, so any dialog or new window comes from our view. Pass: none, the view opens or says
// why not, and its article holds no active element, handler, srcdoc or foreign URL.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clickToolbar, readerFrame, useBrowser } from './harness';

interface Vector { id: string; payload: string; dos_risk?: boolean }

const vectors = readFileSync('test/unit/fixtures/xss/all-vectors.jsonl', 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Vector).filter((v) => !v.dos_risk);
const BATCH = 20;
const batches = Array.from({ length: Math.ceil(vectors.length / BATCH) }, (_, i) => vectors.slice(i * BATCH, (i + 1) * BATCH));

const PROSE = 'The council met on Tuesday to vote on the flood plan, and residents who had waited for years filled the hall to hear what it would cost and when the work would start.';
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One article page carrying `batch`: each vector in the body between prose, and the first ones in the metadata too. */
function pageFor(batch: Vector[]): string {
  const [a, b, c, d] = batch.map((v) => v.payload);
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a, author: { '@type': 'Person', name: b }, inLanguage: c, description: d };
  return `<!doctype html><html lang="${attr(c ?? 'en')}" dir="${attr(d ?? 'ltr')}"><head><meta charset="utf-8">
<title>${a ?? ''} | Hostile News</title>
<meta property="og:title" content="${attr(b ?? '')}"><meta property="og:site_name" content="${attr(a ?? '')}">
<meta name="author" content="${attr(c ?? '')}"><meta property="og:description" content="${attr(d ?? '')}">
<script type="application/ld+json">${jsonInScript(ld)}</script></head><body>
<article><h1>${a ?? ''}</h1><p class="byline">By ${b ?? ''}</p>
${batch.map((v) => `<p>${PROSE}</p>\n${v.payload}\n<p>${PROSE}</p>`).join('\n')}
</article></body></html>`;
}

const session = useBrowser();

describe(`XSS vectors in article pages (${vectors.length} vectors, ${batches.length} pages)`, () => {
  it.each(batches.map((batch, i) => [i + 1, batch] as const))('page %i: no script runs, and the view holds no active markup', async (_n, batch) => {
    const url = `${session.served.origin}/xss/page.html`;
    const page = await session.b.context.newPage();
    // The page, and nothing else from the network: the vectors point at hosts that do not exist here.
    await page.route((u) => u.protocol === 'http:' || u.protocol === 'https:', (route) => (route.request().url() === url
      ? route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'; object-src 'none'" },
        body: pageFor(batch),
      })
      : route.abort()));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(`${dialog.type()}: ${dialog.message()}`); void dialog.dismiss(); });
    const popups: string[] = [];
    const onPage = (p: { url(): string }) => popups.push(p.url());
    session.b.context.on('page', onPage);
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await clickToolbar(session.b, page);
      let frame = await readerFrame(page, '.reader-title, .reader-message, .reader-notice');
      // A vector that swallows the rest of the page (an unclosed <plaintext>, <xmp>, comment...) leaves
      // something that is not an article: the view says so; "Show anyway" must then be as safe.
      if (await frame.locator('.reader-notice').count() > 0) {
        await frame.locator('.reader-show-anyway').click();
        frame = await readerFrame(page);
      }
      if (await frame.locator('.reader-title').count() === 0) {
        // Not opened: it must say why, in words.
        expect((await frame.locator('.reader-message').innerText()).trim().length).toBeGreaterThan(10);
      }
      const dangers = await frame.evaluate(() => {
        const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'select', 'style', 'template']);
        const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href'];
        const found: string[] = [];
        for (const el of document.querySelectorAll('.reader-article, .reader-article *')) {
          if (FORBIDDEN.has(el.localName)) found.push(`<${el.localName}>`);
          for (const name of el.getAttributeNames()) {
            const value = el.getAttribute(name) ?? '';
            if (/^on/i.test(name) || name === 'srcdoc') found.push(`${el.localName}[${name}]`);
            if (URL_ATTRS.includes(name)) {
              const urls = name === 'srcset' ? value.split(/,\s+/).map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
              for (const u of urls) {
                // A URL with a scheme must be one of these; relative ones and fragments stay in the view.
                if (/^\s*[a-z][a-z0-9+.-]*:/i.test(u) && !/^\s*(?:https?:|mailto:|data:image\/)/i.test(u)) found.push(`${el.localName}[${name}=${u.slice(0, 40)}]`);
              }
            }
          }
        }
        return found;
      });
      expect(dangers).toEqual([]);
      // Give late vectors (timers, lazy images, animations) time to fire before counting.
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(popups).toEqual([]);
    } finally {
      session.b.context.off('page', onPage);
      await page.close();
    }
  });
});
