import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterArticle, declutterPage, placePageRemovals, rulesFor } from '../../../src/core/declutter';
import { MAX_REMOVED_HTML } from '../../../src/core/declutter/markers';
import { textOf } from '../../../src/core/declutter/dom';
import { textBlocks } from '../../../src/core/entities/blocks';
import { nodeToMarkdown } from '../../../src/core/markdown';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { plainTextOf } from '../../../src/core/text/plain-text';
import { countWords } from '../../../src/core/text/words';

const P1 = '<p>Pemerintah mengumumkan rencana baru untuk memperbaiki jalan di seluruh provinsi pada tahun depan, kata menteri.</p>';
const P2 = '<p>Anggaran untuk proyek itu mencapai beberapa triliun rupiah dan akan dibahas bersama dewan pekan depan.</p>';
const READ_ALSO = '<p>Baca juga: <a href="https://example.com/lain">Berita lain yang tidak berhubungan</a></p>';

function article(html: string) {
  const win = new JSDOM(`<div id="root">${html}</div>`).window;
  return { root: win.document.getElementById('root')!, win };
}

describe('markers of removed blocks', () => {
  it('leave a hidden, empty marker where an article block stood, and ship its HTML', () => {
    const { root } = article(`${P1}${READ_ALSO}${P2}`);
    const [removal] = declutterArticle(root, rulesFor('id'));
    expect(removal).toMatchObject({ rule: 'related-link', pass: 'article', at: 0, html: READ_ALSO });
    const marker = root.querySelector('[data-sift-removed="0"]')!;
    expect(marker.hasAttribute('hidden')).toBe(true);
    expect(marker.textContent).toBe('');
    // Between the paragraphs it stood between.
    expect(marker.previousElementSibling?.textContent).toContain('Pemerintah');
    expect(marker.nextElementSibling?.textContent).toContain('Anggaran');
  });

  it('change neither the plain text, the word count nor the Markdown', () => {
    const marked = article(`${P1}${READ_ALSO}${P2}`).root;
    declutterArticle(marked, rulesFor('id'));
    const plain = article(`${P1}${P2}`).root;
    expect(marked.querySelector('[data-sift-removed]')).not.toBeNull();
    expect(plainTextOf(marked)).toBe(plainTextOf(plain));
    expect(countWords(plainTextOf(marked))).toBe(countWords(plainTextOf(plain)));
    expect(nodeToMarkdown(marked)).toBe(nodeToMarkdown(plain));
  });

  it('number the removals in order, each at its own place, also when one follows another', () => {
    const { root } = article(`${P1}${READ_ALSO}<p>Advertisement</p>${P2}${READ_ALSO}`);
    const removed = declutterArticle(root, rulesFor('id'));
    expect(removed.map((r) => r.at)).toEqual([0, 1, 2]);
    // Each marker stands where its own block stood, whichever pass took it.
    const marked = (r: (typeof removed)[number]) => `marker:${r.snippet.slice(0, 8)}`;
    const order = [...root.children].map((el) => {
      const at = el.getAttribute('data-sift-removed');
      return at === null ? el.textContent!.slice(0, 8) : marked(removed[Number(at)]!);
    });
    expect(order).toEqual(['Pemerint', 'marker:Baca jug', 'marker:Advertis', 'Anggaran', 'marker:Baca jug']);
  });

  it('survive core/sanitize, while a page\'s own attribute of that name does not pass for one', () => {
    const { root, win } = article(`<p data-sift-removed="0">${P1.slice(3)}${READ_ALSO}${P2}`);
    declutterArticle(root, rulesFor('id'));
    const safe = new JSDOM(`<div>${sanitizeArticleHtml(root.innerHTML, win as unknown as Window)}</div>`).window.document;
    const markers = [...safe.querySelectorAll('[data-sift-removed]')];
    expect(markers).toHaveLength(1);
    expect(markers[0]!.localName).toBe('span');
    expect(markers[0]!.hasAttribute('hidden')).toBe(true);
  });

  it('ship no HTML for a block too long to keep (listed, not put back)', () => {
    const links = Array.from({ length: 3 }, (_, i) => `<p><a href="https://example.com/${'x'.repeat(MAX_REMOVED_HTML)}${i}">Berita ${i}</a></p>`).join('');
    const { root } = article(`${P1}${links}${P2}`);
    const removed = declutterArticle(root, rulesFor('id'));
    expect(removed.length).toBeGreaterThan(0);
    for (const r of removed) {
      expect(r.at).toBeTypeOf('number');
      expect(r.html).toBeUndefined();
    }
  });

  it('are not left in the page by the page pass, which tells each removal by the prose before it', () => {
    const doc = new JSDOM(`<body><div class="ad-slot">Advertisement</div>${P1}<div class="ad-slot">Advertisement</div>${P2}</body>`).window.document;
    const page = declutterPage(doc, rulesFor('id'));
    const { removed, anchors } = page;
    expect(removed).toHaveLength(2);
    // Neither placed nor copied yet: only a removal that finds its place in the article ships its HTML.
    expect(removed.every((r) => r.at === undefined && r.html === undefined)).toBe(true);
    expect(doc.querySelector('[data-sift-removed]')).toBeNull();
    // The first came before any prose; the second after the first paragraph.
    expect(anchors[0]).toBe('');
    expect(textOf(doc.querySelector('p')!).startsWith(anchors[1]!)).toBe(true);
    expect(anchors[1]!.length).toBeGreaterThan(20);
    const { root } = article(`${P1}${P2}`);
    placePageRemovals(root, page, 0);
    expect(removed[0]!.html).toBeUndefined();
    expect(removed[1]).toMatchObject({ at: 0 });
    expect(removed[1]!.html).toContain('Advertisement');
    expect(root.querySelector('[data-sift-removed="0"]')?.previousElementSibling?.textContent).toContain('Pemerintah');
  });
});

describe('blocks put back in the view', () => {
  it('are not article text for the entity recognizer: its blocks and offsets stay the article\'s', () => {
    const { root } = article(`${P1}${READ_ALSO}${P2}`);
    declutterArticle(root, rulesFor('id'));
    const before = textBlocks(root).map((b) => b.text);
    const restored = root.ownerDocument.createElement('div');
    restored.setAttribute('data-sift-restored', '0');
    restored.innerHTML = READ_ALSO;
    root.querySelector('[data-sift-removed="0"]')!.after(restored);
    expect(textBlocks(root).map((b) => b.text)).toEqual(before);
  });
});

describe('page-pass removals in the extracted article', () => {
  it('go back after the paragraph they followed in the page, in order, and ship nothing when they have no place', async () => {
    const { extractArticle } = await import('../../../src/core/extract');
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraf ${i + 1}: pemerintah provinsi mengumumkan rencana perbaikan jalan dan jembatan di seluruh kabupaten tahun depan.</p>`);
    const ad = (n: number) => `<div class="ad-slot">Advertisement ${n}</div>`;
    const html = `<!doctype html><html lang="id"><head><title>Jalan</title></head><body>${ad(0)}<article><h1>Jalan</h1>${body[0]}${body[1]}${ad(1)}${ad(2)}${body.slice(2).join('')}</article></body></html>`;
    const doc = new JSDOM(html, { url: 'https://berita.example/2024/05/jalan' }).window.document;
    const outcome = extractArticle(doc, 'https://berita.example/2024/05/jalan');
    if (!outcome.ok) throw new Error(outcome.message);
    const ads = outcome.article.removed.filter((r) => r.pass === 'page');
    expect(ads.map((r) => r.snippet)).toEqual(['Advertisement 0', 'Advertisement 1', 'Advertisement 2']);
    // Before any prose: no place, nothing shipped.
    expect(ads[0]!.at).toBeUndefined();
    expect(ads[0]!.html).toBeUndefined();
    const root = new JSDOM(`<div>${outcome.article.html}</div>`).window.document.body.firstElementChild!;
    const second = [...root.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Paragraf 2'))!;
    // Right after the second paragraph, the first ad's marker before the second's.
    expect(second.nextElementSibling?.getAttribute('data-sift-removed')).toBe(String(ads[1]!.at));
    expect(second.nextElementSibling?.nextElementSibling?.getAttribute('data-sift-removed')).toBe(String(ads[2]!.at));
    expect(ads[1]!.html).toContain('Advertisement 1');
    // The markers change nothing the reader or the counts see.
    expect(outcome.article.text).not.toContain('Advertisement');
  });
});
