// Lines longer than any furniture line (LONGEST_RULED_LINE in line-rules.ts) skip the line rules, which
// cost a second on a 2 MB paragraph in Chromium; such a paragraph still loses its wire dateline.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declutterArticle, rulesFor } from '../../src/core/declutter';
import { textOf } from '../../src/core/declutter/dom';

const SENTENCE = 'Warga di pesisir utara Jawa Tengah kembali menghadapi banjir rob yang merendam jalan dan rumah mereka. ';

function declutter(body: string) {
  const root = new JSDOM(`<div id="r">${body}</div>`).window.document.getElementById('r')!;
  const removed = declutterArticle(root, rulesFor('id'), { title: 'Banjir rob di Demak' });
  return { removed, text: textOf(root) };
}

describe('a paragraph longer than any furniture line', () => {
  it('keeps all its prose and still loses its wire dateline, short or long', () => {
    for (const repeat of [3, 400]) {
      const prose = SENTENCE.repeat(repeat).trim();
      const { removed, text } = declutter(`<p>DEMAK, KOMPAS.com - ${prose}</p><p>${SENTENCE}</p>`);
      expect(removed.map((r) => r.rule)).toEqual(['date-line']);
      expect(text).not.toMatch(/KOMPAS\.com/);
      expect(text).toContain(prose);
    }
  });

  it('is prose even when it starts and ends like furniture', () => {
    const long = `Baca juga: ${SENTENCE.repeat(400)}`;
    expect(declutter(`<p>${SENTENCE}</p><p>${long}</p>`).removed).toEqual([]);
  });
});
