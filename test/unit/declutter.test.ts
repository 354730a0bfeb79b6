import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declutterArticle, declutterPage, rulesFor } from '../../src/core/declutter';
import { textOf } from '../../src/core/declutter/dom';

const page = (body: string, lang = 'en') => new JSDOM(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).window.document;
const article = (body: string) => page(`<div id="root">${body}</div>`).getElementById('root')!;

const PROSE = '<p>The council voted on Monday to approve the budget after a long debate about water prices and the future of the plant.</p>';

describe('text rules remove whole clutter blocks', () => {
  it.each([
    ['an ad label', '<div><span>Advertisement</span></div>', 'en'],
    ['combined ad labels', '<div class="x"><span>Advertisement · Scroll to continue</span></div>', 'en'],
    ['an Indonesian ad label', '<p>Iklan</p>', 'id'],
    ['an inline related link', '<p><strong>Baca juga:</strong> <a href="/a">Korea Utara Umumkan Kemenangan</a></p>', 'id'],
    ['an English related link', '<p><em>You might also like: <a href="/b">Farmers market extends season</a></em></p>', 'en'],
    ['a continue-reading button', '<div><button type="button">Lanjutkan Membaca</button></div>', 'id'],
    ['a share label with its bar', '<div><span>Share this</span><a href="/f">Facebook</a><a href="/t">X</a></div>', 'en'],
    ['a byline fragment', '<span class="meta">Diterbitkan</span>', 'id'],
    ['a tag list led by a line break', '<p><strong>Tags<br><a href="/t/a">stock car</a>, <a href="/t/b">interlagos</a></strong></p>', 'en'],
  ])('removes %s', (_name, html, lang) => {
    const doc = page(`${PROSE}${html}${PROSE}`, lang);
    const removed = declutterArticle(doc.body, rulesFor(lang));
    expect(removed.length).toBeGreaterThan(0);
    expect(doc.body.querySelectorAll('p').length).toBeGreaterThanOrEqual(2);
    expect(textOf(doc.body)).toBe(textOf(page(`${PROSE}${PROSE}`).body));
  });

  it('records each removal with its rule and a snippet of its text', () => {
    const root = article(`${PROSE}<p>Read also: <a href="/x">Another story</a></p>`);
    const [removal] = declutterArticle(root, rulesFor('en'));
    expect(removal).toMatchObject({ rule: 'related-link', pass: 'article' });
    expect(removal!.snippet).toMatch(/^Read also: Another story/);
  });

  it('removes a "Most read" heading with the list of links under it', () => {
    const root = article(`${PROSE}<h3>Most read</h3><ol><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ol>`);
    declutterArticle(root, rulesFor('en'));
    expect(textOf(root)).toBe(textOf(article(PROSE)));
  });

  it('removes teaser cards (with excerpts) under a "You may also like" heading before Readability', () => {
    const card = (n: number) => `<article class="entry"><a href="/${n}"><img src="/${n}.jpg"></a><p>Teaser ${n}: ${PROSE.slice(3, -4)}</p></article>`;
    const doc = page(`<article class="post"><h1>Story</h1>${PROSE}${PROSE}</article><section><h3 class="x">You may also like</h3>${card(1)}${card(2)}${card(3)}</section>`);
    const { removed } = declutterPage(doc, rulesFor('en'));
    expect(removed.filter((r) => r.rule === 'section').length).toBeGreaterThanOrEqual(4);
    expect(doc.querySelector('section')).toBeNull();
    expect(textOf(doc.body)).not.toMatch(/Teaser|You may also like/);
    expect(doc.querySelectorAll('h1, p')).toHaveLength(3);
  });

  it('reads section headings in the page language before Readability ("Você pode gostar")', () => {
    const card = (n: number) => `<div class="card"><p>Mensagem ${n}: ${PROSE.slice(3, -4)}</p></div>`;
    const doc = page(`<h1>Mensagem</h1>${PROSE}<div><h3>Você pode gostar...</h3>${card(1)}${card(2)}</div>`, 'pt');
    declutterPage(doc, rulesFor('pt'));
    expect(textOf(doc.body)).not.toMatch(/Mensagem \d|gostar/);
  });

  it('never takes a section holding the headline, nor prose under a heading that merely starts like one', () => {
    const doc = page(`<section><h2>Latest news</h2><article class="main"><h1>The story</h1>${PROSE}</article><article class="main">${PROSE}</article></section>
      <h2>Most read books of the year</h2><p>${'Readers chose long novels this year, and the list shows it. '.repeat(3)}</p>`);
    const before = textOf(doc.body);
    declutterPage(doc, rulesFor('en'));
    expect(textOf(doc.body)).toBe(before);
  });

  it('keeps a list of plain points under a heading that merely starts like a section heading', () => {
    const doc = page(`<h1>The story</h1>${PROSE}<h3>Most read books of the year:</h3><ul><li>Long novels about families</li><li>Short essays on cities</li><li>Memoirs of chefs</li></ul>${PROSE}`);
    const before = textOf(doc.body);
    declutterPage(doc, rulesFor('en'));
    expect(textOf(doc.body)).toBe(before);
  });

  it('removes a hover card printed inline after the link that opens it, keeping the link', () => {
    const card = '<span class="rollover-people-block"><span><img src="/p.jpg" alt=""><a class="name" href="/people/omar">Ilhan Omar</a><a href="/h">Headline one</a> <a href="/i">Headline two</a></span></span>';
    const doc = page(`<p>A man admitted threatening Rep. <span class="rollover-people"><a class="rollover-people-link" href="/people/omar">Ilhan Omar</a>${card}</span> (D-Minn.), prosecutors said.</p>`);
    const { removed } = declutterPage(doc, rulesFor('en'));
    expect(removed.map((r) => r.rule)).toEqual(['hovercard:rollover']);
    expect(textOf(doc.body)).toBe('A man admitted threatening Rep. Ilhan Omar (D-Minn.), prosecutors said.');
  });

  it('keeps an element classed "tooltip" that does not follow a link (a term explained in prose)', () => {
    const doc = page('<p>The <span class="tooltip">basis point</span> is a hundredth of a percent, and the bank moved rates by twenty-five of them.</p>');
    const before = textOf(doc.body);
    declutterPage(doc, rulesFor('en'));
    expect(textOf(doc.body)).toBe(before);
  });

  it('removes a breadcrumb trail by its class, whatever its separators', () => {
    const doc = page(`<nav id="breadcrumb"><a href="/">Home</a><em class="delimiter"></em><a href="/label/news">Latest News</a><span class="current">Actress Looks Stunning In New Photos</span></nav>${PROSE}`);
    declutterPage(doc, rulesFor('en'));
    expect(textOf(doc.body)).toBe(textOf(page(PROSE).body));
  });

  it('removes a newsletter box that starts with a prompt and holds a form', () => {
    const doc = page(`${PROSE}<div><h4>Sign up for Morning Brief</h4><p>The news you need, every weekday.</p><form><input type="email"><button>Sign up</button></form></div>${PROSE}`);
    declutterArticle(doc.body, rulesFor('en'));
    expect(doc.querySelector('form')).toBeNull();
    expect(textOf(doc.body)).not.toMatch(/Morning Brief/);
  });

  it('removes avatar images by alt text', () => {
    const doc = page(`<div class="meta"><img src="/a.png" alt="Avatar"> Redaksi</div>${PROSE}`);
    declutterArticle(doc.body, rulesFor('id'));
    expect(doc.querySelector('img')).toBeNull();
  });

  it('removes ad slots by selector and by class words, keeping prose', () => {
    const doc = page(`${PROSE}<ins class="adsbygoogle"></ins><div id="div-gpt-ad-123"></div><div data-ad-slot="1"></div><iframe src="https://ad.doubleclick.net/x"></iframe><div class="td-ad-box">x</div>${PROSE}`);
    const { removed } = declutterPage(doc, rulesFor('en'));
    expect(removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['class:adsbygoogle', 'attribute:data-ad-slot', 'iframe:doubleclick.net']));
    expect(doc.querySelectorAll('ins, [id^=div-gpt-ad], .td-ad-box, [data-ad-slot], iframe')).toHaveLength(0);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('prose that merely mentions clutter words survives', () => {
  it.each([
    ['an article about advertising', '<p>Advertisement spending by local firms rose sharply this year, the survey found, as shops moved budgets online.</p>'],
    ['a sentence starting "Read also"', '<p>Read also the report by the auditors, which found that the water utility had overcharged households for a decade.</p>'],
    ['a sentence starting "Related:" with no link', '<p>Related: the mayor said the two votes were connected and would be held on the same evening next month.</p>'],
    ['a paragraph starting "Sign up for"', '<p>Sign up for the summer reading programme opens on Friday at the library, and the council expects record numbers of children this year.</p>'],
    ['a subheading that is not a section', '<h2>The price of going public</h2><p>The purchase would be financed with revenue bonds repaid from water charges over thirty years.</p>'],
    ['prose in a container whose class says "share"', '<div class="shareholders"><p>Shareholders approved the merger on Tuesday after a long meeting in which several investors questioned the price, the terms and the timing of the deal.</p></div>'],
    ['an Indonesian sentence with "Baca juga" inside', '<p>Warga diminta baca juga aturan baru tentang air bersih sebelum mengajukan keberatan kepada pemerintah daerah.</p>'],
    ['long prose in a box whose class names it "related"', '<div class="related-coverage"><p>The water utility was sold in 2010, when the city was struggling to pay its debts after the glass plant closed, and bills have more than doubled since then according to the coalition.</p></div>'],
  ])('%s', (_name, html) => {
    for (const run of ['page', 'article'] as const) {
      const doc = page(html, 'en');
      const before = textOf(doc.body);
      if (run === 'page') declutterPage(doc, rulesFor('en'));
      else declutterArticle(doc.body, rulesFor('en'));
      expect(textOf(doc.body)).toBe(before);
    }
  });
});
