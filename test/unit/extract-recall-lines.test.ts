import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declutterArticle, rulesFor } from '../../src/core/declutter';
import { textOf } from '../../src/core/declutter/dom';

// Lines of a story that look like page furniture to one rule but are the story's own: each kept, and
// the furniture the rule is for still taken.

const PROSE = '<p>The council voted on Monday to approve the budget after a long debate about water prices and the future of the plant.</p>';
const run = (html: string, lang = 'en') => {
  const root = new JSDOM(`<div id="r">${PROSE}${html}${PROSE}</div>`).window.document.getElementById('r')!;
  const removed = declutterArticle(root, rulesFor(lang), { title: 'Council approves budget after long debate' });
  return { removed, text: textOf(root) };
};
const textOfHtml = (html: string) => textOf(new JSDOM(`<div>${html}</div>`).window.document.body);
const prose = textOfHtml(`${PROSE}${PROSE}`);

describe('a line of numbers is no share bar', () => {
  it('keeps a price range', () => {
    const html = '<p>Replacing a circuit breaker in a panel</p><p>$89 - $249+</p>';
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });

  it('still takes share buttons with their counts', () => {
    const { removed, text } = run('<p>Share 12 Facebook 3 Twitter</p>');
    expect(removed.map((r) => r.rule)).toEqual(['share-line']);
    expect(text).toBe(prose);
  });
});

describe('a month abbreviation that is an everyday word makes a date only with a year', () => {
  it.each([
    ['a numbered heading', '<h3>1. Set realistic goals for weight loss</h3>'],
    ['a score', '<p>Rated 4 out of 5 by readers</p>'],
  ])('keeps %s', (_name, html) => {
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });

  it('still takes a date line with one and a year', () => {
    const { removed, text } = run('<p>Atualizado 5 set 2024</p>', 'pt');
    expect(removed.map((r) => r.rule)).toEqual(['date-line']);
    expect(text).toBe(prose);
  });
});

describe('a numbered heading in capitals is the list\'s item, not a promo link', () => {
  it('keeps "1. CANON EOS R6 MARK II" linked to a shop', () => {
    const html = '<h2>1. <a href="https://shop.example/canon">CANON EOS R6 MARK II</a></h2>';
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });

  it('still takes an all-caps promo link', () => {
    const { removed, text } = run('<h3><a href="/app">GET THE NEWS APP TODAY</a></h3>');
    expect(removed.map((r) => r.rule)).toEqual(['promo-link']);
    expect(text).toBe(prose);
  });
});

describe('a schedule is dates line after line', () => {
  const sessions = ['September 10', 'September 17', 'September 24', 'October 1']
    .map((day) => `<p>${day}&nbsp;&nbsp;&nbsp; 12pm- 1pm&nbsp;&nbsp; Room 217&nbsp;&nbsp; Carrie Menke, Ph.D</p>`).join('');

  it('keeps three or more date lines in a row', () => {
    const { removed, text } = run(sessions);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${sessions}${PROSE}`));
  });

  it('still takes the page\'s own date lines, however many in a row', () => {
    const { removed, text } = run('<p>Published March 5, 2024</p><p>Updated March 6, 2024</p><p>Updated March 7, 2024 4:07 PM</p>');
    expect(removed.map((r) => r.rule)).toEqual(['date-line', 'date-line', 'date-line']);
    expect(text).toBe(prose);
  });

  it('still takes a lone date line', () => {
    const { removed, text } = run('<p>September 10, 2024</p>');
    expect(removed.map((r) => r.rule)).toEqual(['date-line']);
    expect(text).toBe(prose);
  });
});

describe('a list of links the story introduces with a short lead-in of its own', () => {
  const links = ['Amazon (Klein Tools)', 'Home Depot (Milwaukee)', 'Home Depot (Ideal)']
    .map((shop, i) => `<li><p><a href="https://shop${i}.example/p">${shop}</a></p></li>`).join('');

  it('keeps "Buying options:" and its links', () => {
    const html = `<p>Buying options:</p><ul>${links}</ul>`;
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });

  it('still takes a link list under a label the phrase lists know', () => {
    const { removed, text } = run(`<p>Popular stories:</p><ul>${links}</ul>`);
    expect(removed.map((r) => r.rule)).toContain('link-run');
    expect(text).toBe(prose);
  });
});

describe('a table of contents under a short lead-in is still navigation', () => {
  it('takes "Jump to:" and its links to the page\'s own headings', () => {
    const toc = ['Storytelling', 'Menus', 'Palettes'].map((h) => `<li><a href="#${h.toLowerCase()}">${h}</a></li>`).join('');
    const { removed, text } = run(`<h2>Jump to:</h2><ul>${toc}</ul>`);
    expect(removed.map((r) => r.rule)).toContain('link-run');
    expect(text).toBe(prose);
  });
});

describe('"Click here to" prompts a reader only towards a prompt', () => {
  it('keeps a link to what the story is about', () => {
    const html = '<p><a href="/sheet">Click here to download the free comparison spreadsheet</a>.</p>';
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });

  it('still takes a newsletter prompt', () => {
    const { removed, text } = run('<div><p>Click here to subscribe to our weekly newsletter</p><button>Subscribe</button></div>');
    expect(removed.map((r) => r.rule)).toEqual([expect.stringMatching(/^prompt/)]);
    expect(text).not.toMatch(/Click here/);
  });
});

describe('a line with a date that ends in a colon introduces what follows', () => {
  it('keeps "As of July 31, 2025, the FDA has received:"', () => {
    const html = '<p>As of July 31, 2025, the FDA has received:</p><ul><li>520 reports of adverse events</li><li>10 reports of deaths</li></ul>';
    const { removed, text } = run(html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOfHtml(`${PROSE}${html}${PROSE}`));
  });
});
