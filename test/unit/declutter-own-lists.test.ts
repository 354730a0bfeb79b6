// Table cells and heading ids that are the article's own: the declutter passes must leave them.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declutterArticle, declutterPage, rulesFor } from '../../src/core/declutter';
import { textOf } from '../../src/core/declutter/dom';

const PAGE_URL = 'https://shop-guide.example/tools';
const page = (body: string) => new JSDOM(`<!doctype html><html lang="en"><body>${body}</body></html>`, { url: PAGE_URL }).window.document;
const PROSE = '<p>The council voted on Monday to approve the budget after a long debate about water prices and the future of the plant.</p>';

describe('table cells are data', () => {
  it('keeps cells of numbers and of links that would read as furniture lines on their own', () => {
    const rows = ['37% / 40%', '38% / 48%', '35% / 50%'].map((v, i) => `<tr><td>School ${i}</td><td>${v}</td><td><a href="/s${i}">Profile</a></td></tr>`).join('');
    const doc = page(`${PROSE}<table><tr><th>Name</th><th>Share</th><th>Link</th></tr>${rows}</table>${PROSE}`);
    declutterArticle(doc.body, rulesFor('en'));
    expect(doc.body.querySelectorAll('td')).toHaveLength(9);
    expect(textOf(doc.body)).toContain('38% / 48%');
  });
});

describe('class words in ids', () => {
  it('ignores a class word that is only in a heading’s id made from its own text', () => {
    const doc = page(`<article>${PROSE}<h2 class="wp-block-heading" id="h-how-to-use-social-shopping"><strong>How to Use Social Shopping</strong></h2>${PROSE}</article>`);
    declutterPage(doc, rulesFor('en'));
    expect(doc.querySelector('h2')).not.toBeNull();
  });

  it('still removes a box whose id names it as clutter', () => {
    const doc = page(`<article>${PROSE}<div id="social-links"><a href="/f">Follow us</a></div>${PROSE}</article>`);
    declutterPage(doc, rulesFor('en'));
    expect(doc.getElementById('social-links')).toBeNull();
  });
});
