// @vitest-environment jsdom
// What read aloud reads, and in which order: the title, then the prose; never captions or credits.
import { describe, expect, it } from 'vitest';
import { firstPiece, readingQueue, remainingText, spokenText, stepIndex } from '../../../src/ui/reader/read-aloud/queue';
import { wordRange } from '../../../src/ui/reader/read-aloud/word-range';

function article(body: string): { title: Element; body: Element } {
  document.body.innerHTML = `<article><h1 class="reader-title">The  title</h1><div class="reader-body">${body}</div></article>`;
  return { title: document.querySelector('h1')!, body: document.querySelector('.reader-body')! };
}

describe('readingQueue', () => {
  it('reads the title first, then each block of prose in order', () => {
    const { title, body } = article('<p>One.</p><h2>Two</h2><ul><li>Three</li><li><p>Four</p></li></ul><blockquote><p>Five</p></blockquote>');
    expect(readingQueue(title, body).map(spokenText)).toEqual(['The title', 'One.', 'Two', 'Three', 'Four', 'Five']);
  });

  it('leaves out figure captions, credits and empty blocks', () => {
    const { title, body } = article(`
      <p>Before.</p>
      <figure><img src="a.jpg"><figcaption><p>A caption</p> <span>Foto: Reuters</span></figcaption></figure>
      <p class="photo-credit">Photo: AP</p>
      <div class="wp-caption-text"><p>Old caption</p></div>
      <p>   </p>
      <p>After.</p>`);
    expect(readingQueue(title, body).map(spokenText)).toEqual(['The title', 'Before.', 'After.']);
  });

  it('reads the body alone when there is no title', () => {
    const { body } = article('<p>Only.</p>');
    expect(readingQueue(null, body).map(spokenText)).toEqual(['Only.']);
  });
});

describe('stepIndex and remainingText', () => {
  it('steps within the queue', () => {
    expect([stepIndex(0, -1, 5), stepIndex(0, 1, 5), stepIndex(4, 1, 5), stepIndex(3, -1, 5)]).toEqual([0, 1, 4, 2]);
  });

  it('goes on from the start of the word a pause fell in', () => {
    expect(remainingText('Putin and Kim exchanged letters', 12)).toEqual({ text: 'Kim exchanged letters', offset: 10 });
    expect(remainingText('Putin and Kim', 10)).toEqual({ text: 'Kim', offset: 10 });
    expect(remainingText('Putin and Kim', 0)).toEqual({ text: 'Putin and Kim', offset: 0 });
    expect(remainingText('Putin', 99)).toEqual({ text: 'Putin', offset: 0 });
  });
});

describe('firstPiece', () => {
  it('cuts after a sentence, else after a space, within the limit', () => {
    expect(firstPiece('Short.', 200)).toBe('Short.');
    expect(firstPiece('One two. Three four five six.', 20)).toBe('One two. ');
    expect(firstPiece('One two three four five six seven', 20)).toBe('One two three four ');
    expect(firstPiece('abcdefghij', 4)).toBe('abcd');
  });
});

describe('wordRange', () => {
  it('finds the spoken word across inline marks and collapsed whitespace', () => {
    const { body } = article('<p>\n  Presiden <mark>Vladimir   Putin</mark> berkata</p>');
    const p = body.querySelector('p')!;
    const text = spokenText(p);
    const start = text.indexOf('Putin');
    expect(wordRange(p, start, 5)?.toString()).toBe('Putin');
    expect(wordRange(p, text.indexOf('berkata'), 7)?.toString()).toBe('berkata');
    expect(wordRange(p, 0, 8)?.toString()).toBe('Presiden');
    expect(wordRange(p, text.length + 3, 2)).toBeNull();
  });
});
