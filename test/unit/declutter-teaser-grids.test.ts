import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterArticle, rulesFor } from '../../src/core/declutter';

const root = (body: string) => new JSDOM(`<!doctype html><html lang="en"><body><div id="root">${body}</div></body></html>`).window.document.getElementById('root')!;

const STORY = [
  'The council voted on Tuesday to buy back the town water utility, ending a dispute that began when the private operator raised rates twice in one year.',
  'Residents who packed the hall said they had waited a decade for the vote, and several spoke of bills that had doubled since the sale in 2014.',
  'The purchase will be paid for with a bond issue that goes to voters in the spring, and the mayor said she expected it to pass comfortably.',
  'Engineers hired by the town estimate that the pipes under the old mill district need replacing within five years, at a cost not yet known.',
].map((p) => `<p>${p}</p>`).join('');

const URL = 'https://news.example/2024/05/council-buys-water-utility.html';
const card = (slug: string, blurb: string, site = 'https://news.example') =>
  `<div><p><a href="${site}/${slug}.html"><img src="https://news.example/img/${slug}.jpg" alt=""></a></p><p>${blurb}</p></div>`;
const GRID = `<h2>Elsewhere in town</h2><div>${[
  card('bridge', 'The old bridge reopens after two years of repairs.'),
  card('school', 'A new school opens its doors to four hundred pupils.'),
  card('market', 'The Saturday market moves to the square for the summer.'),
].join('')}</div>`;

const headlineCard = (href: string, kicker: string, headline: string, blurb: string) =>
  `<div><article><p>${kicker}</p><h2><a href="${href}">${headline}</a></h2><p>${blurb}</p></article></div>`;

describe('a grid of other stories', () => {
  it('is taken out after the story with its heading, and listed as related', () => {
    const article = root(STORY + GRID);
    const removed = declutterArticle(article, rulesFor('en'), { url: URL });
    expect(article.textContent).toContain('pipes under the old mill district');
    expect(article.textContent).not.toContain('Elsewhere in town');
    expect(article.textContent).not.toContain('The old bridge reopens');
    expect(article.textContent).not.toContain('Saturday market');
    expect(removed.filter((removal) => removal.rule === 'teaser-grid')).toHaveLength(4);
  });

  it('is taken out between two paragraphs when every card is the site\'s own', () => {
    const article = root(STORY + GRID + STORY);
    declutterArticle(article, rulesFor('en'), { url: URL });
    expect(article.textContent).not.toContain('The old bridge reopens');
    expect(article.textContent).toContain('pipes under the old mill district');
  });

  it('linking to other sites, is taken out after the story as linked headlines', () => {
    const cards = [
      headlineCard('https://one.example/a', 'A NATIONAL TRAGEDY', 'Koala rescued from a bushfire', 'A wildlife technician carried the koala to safety.'),
      headlineCard('https://two.example/b', 'FAR OUT', 'The most remote places, mapped', 'Few people live more than a day from a city.'),
      headlineCard('https://three.example/c', 'LIFE AS A BALL', 'The youngest brother goes abroad', 'He took his game to Australia this season.'),
    ].join('');
    const article = root(STORY + `<div>${cards}</div>`);
    declutterArticle(article, rulesFor('en'), { url: URL });
    expect(article.textContent).not.toContain('Koala rescued');
    expect(article.textContent).toContain('pipes under the old mill district');
  });

  it('stays as a buying guide\'s picks: pictures linking to shops, or in the middle of the story', () => {
    const picks = `<div>${['kettle', 'toaster', 'blender'].map((slug, i) => card(slug, `Pick ${i + 1}: a sturdy ${slug} that lasted our tests.`, `https://shop${i}.example`)).join('')}</div>`;
    const atEnd = root(STORY + picks);
    declutterArticle(atEnd, rulesFor('en'), { url: URL });
    expect(atEnd.textContent).toContain('a sturdy blender');
    const inMiddle = root(STORY + GRID + STORY);
    declutterArticle(inMiddle, rulesFor('en'), { url: 'https://elsewhere.example/story.html' });
    expect(inMiddle.textContent).toContain('The old bridge reopens');
  });

  it('needs three cards, each to a page of its own', () => {
    const two = root(STORY + `<div>${card('bridge', 'The old bridge reopens.')}${card('school', 'A new school opens.')}</div>`);
    declutterArticle(two, rulesFor('en'), { url: URL });
    expect(two.textContent).toContain('The old bridge reopens');
    const same = root(STORY + `<div>${card('bridge', 'The old bridge reopens.')}${card('bridge', 'Its first day.')}${card('bridge', 'Its first week.')}</div>`);
    declutterArticle(same, rulesFor('en'), { url: URL });
    expect(same.textContent).toContain('Its first week');
  });

  it('is not the story\'s own pictures, which link to their image files', () => {
    const photos = ['a', 'b', 'c'].map((n) => `<figure><a href="https://news.example/img/${n}.jpg"><img src="https://news.example/img/${n}.jpg" alt=""></a><figcaption>Photo ${n} of the hall.</figcaption></figure>`).join('');
    const article = root(STORY + photos);
    declutterArticle(article, rulesFor('en'), { url: URL });
    expect(article.textContent).toContain('Photo c of the hall');
  });
});
