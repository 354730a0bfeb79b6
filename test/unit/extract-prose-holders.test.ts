import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { keepProseHolders, surveyProse } from '../../src/core/extract/prose-holders';

const URL = 'https://guides.example/travel/car-rentals/best-companies';
const STORY = [
  'Renting a car at the airport is rarely the cheapest way to start a trip, but it is often the simplest one for families.',
  'We compared the prices of eight companies at twelve airports over three months, always for the same class of car.',
  'The cheapest company was not the same at every airport, and the difference between two counters could reach forty percent.',
  'Loyalty programmes saved the most time: members skipped the queue and picked their car straight from the garage.',
  'Fees for a second driver, a child seat or a toll pass added more to the bill than the daily rate did on short rentals.',
  'Our advice is to book early, compare the total price with every fee included, and return the car with a full tank.',
];
const FOOTER = Array.from({ length: 4 }, (_, i) =>
  `Disclaimer ${i + 1}: the content on this site is for information only, and the offers named here may have changed since we wrote about them; check the terms before you apply.`);

function page(articleClass: string): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>The best car rental companies</title></head><body>
    <main><article class="${articleClass}"><h1>The best car rental companies</h1>
      <div class="article-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>
      <aside class="sidebar"><p>${'Popular: <a href="/a">A guide to points</a> <a href="/b">Lounges</a> '.repeat(3)}</p></aside></main>
    <footer><div class="legal-notes">${FOOTER.map((p) => `<p>${p}</p>`).join('')}</div></footer>
  </body></html>`, { url: URL }).window.document;
}

const PATTERNS = { unlikely: /footer|sidebar|related/i, maybe: /article|content|main/i };

describe('an element that holds most of the prose', () => {
  it('is read even when its class reads like a sidebar', () => {
    const outcome = extractArticle(page('full-width-template full-width-template-with-sidebar'), URL);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('The cheapest company was not the same at every airport');
    expect(outcome.article.text).not.toContain('Disclaimer');
  });

  it('loses only the words that would drop it; a real sidebar and footer keep theirs', () => {
    const doc = page('layout layout-with-sidebar');
    keepProseHolders(surveyProse(doc), PATTERNS);
    expect(doc.querySelector('article')!.getAttribute('class')).toBe('layout');
    expect(doc.querySelector('aside')!.className).toBe('sidebar');
    expect(doc.querySelector('.legal-notes')).not.toBeNull();
  });

  it('is left alone on a page with little prose, or when nothing reads "unlikely"', () => {
    const short = new JSDOM('<body><div class="sidebar"><p>One short line of text that is not much of anything at all, really, to read.</p></div></body>').window.document;
    keepProseHolders(surveyProse(short), PATTERNS);
    expect(short.querySelector('div')!.className).toBe('sidebar');
    const doc = page('story');
    keepProseHolders(surveyProse(doc), PATTERNS);
    expect(doc.querySelector('article')!.className).toBe('story');
  });

  it('keeps the class of a readers\' thread that outweighs a short post', () => {
    const doc = new JSDOM(`<body><article class="post has-comments"><p>${STORY[0]}</p></article>
      <div class="comments comment-holder">${STORY.slice(1).concat(FOOTER).map((p) => `<p>${p}</p>`).join('')}</div></body>`).window.document;
    keepProseHolders(surveyProse(doc), { unlikely: /comment|sidebar/i, maybe: /article|content/i });
    expect(doc.querySelector('div')!.className).toBe('comments comment-holder');
  });
});
