import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declutterArticle, rulesFor } from '../../src/core/declutter';
import { textOf } from '../../src/core/declutter/dom';

const PROSE = '<p>The council voted on Monday to approve the budget after a long debate about water prices and the future of the plant.</p>';
const run = (html: string, byline = '') => {
  const root = new JSDOM(`<div id="r">${PROSE}${html}${PROSE}</div>`).window.document.getElementById('r')!;
  const removed = declutterArticle(root, rulesFor('en'), { title: 'Council approves budget after long debate', byline });
  return { removed, text: textOf(root) };
};
const prose = textOf(new JSDOM(`<div>${PROSE}${PROSE}</div>`).window.document.body);

describe('furniture lines go', () => {
  it.each([
    ['a share-button row', '<p>Whatsapp Facebook Pint Baixar</p>', 'share-line'],
    ['a date line', '<p>Published Monday, November 18, 2019 8:22AM EST</p>', 'date-line'],
    ['a date line loose between blocks', '<span>Updated <time>5:27 am CST, Wednesday, November 20, 2019</time></span>', 'date-line'],
    ['a photo credit', '<p>Image copyright Getty Images</p>', 'credit'],
    ['a caption ending in its credit', '<p>Protesters have worn masks to protect their identities (Image: GETTY)</p>', 'credit'],
    ['a gallery counter', '<p>Image 1 of 5</p>', 'credit'],
    ['a copyright line', '<p>Copyright © 2019 Press TV. All rights reserved.</p>', 'credit'],
    ['a standalone byline', '<p>By Scott Gordon</p>', 'byline-line'],
    ['a byline with a two-word label', '<p>Written by Cassidy Horton</p>', 'byline-line'],
    ['an all-caps promo link', '<p><a href="/x">CLICK HERE TO GET THE FOX NEWS APP</a></p>', 'promo-link'],
    ['a breadcrumb', '<p><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/world">World</a></p>', 'breadcrumb'],
    ['a URL on its own line', '<p>https://news.example/2019/11/20/story</p>', 'url-line'],
    ['the headline again', '<h2>Council approves budget after long debate</h2>', 'title-repeat'],
    ['a wire sign-off', '<p>(Reporting by Ana Ribeiro; Editing by Mark Delaney)</p>', 'signoff'],
    ['a contributor line', '<p>The Associated Press contributed to this report.</p>', 'signoff'],
    ['an agency credit line', '<p>Natalie Naccache | Bloomberg | Getty Images</p>', 'credit'],
    ['a lone Home link at the top', '<p><a href="/">Home</a></p>', 'breadcrumb'],
    ['a trail of links with » separators', '<p><a href="/m">Mensagens</a> » <a href="/m/a">Autoestima</a> » Só quem se Ama</p>', 'breadcrumb'],
    ['a byline and dates split by bars', '<p>By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</p>', 'date-line'],
    ['an Italian date', '<p>02 Ago 2017</p>', 'date-line'],
    ['two authors with the date and an a.m. time', '<p>By Ana Ribeiro , Li Wei on Monday, November 18th, 2019 at 11:08 a.m.</p>', 'date-line'],
    ['markup the CMS printed as text', '<p>&lt;span data-mce-type="bookmark" class="mce_SELRES_start"&gt;&amp;#65279;&lt;/span&gt;</p>', 'markup-line'],
    ['markup escaped twice', '<p>&amp;lt;span data-mce-type="bookmark"&amp;gt;&amp;amp;#65279;&amp;lt;/span&amp;gt;</p>', 'markup-line'],
    ['a shortcode that did not render', '<p>[button link=”https://shop.example/review/” type=”big”] Send us YOUR review[/button]</p>', 'markup-line'],
    ['a share count on its own line', '<p>6</p>', 'count-line'],
    ['a read count with a thousands separator', '<div>2.289</div>', 'count-line'],
  ])('%s', (_name, html, rule) => {
    const { removed, text } = run(html);
    expect(removed.map((r) => r.rule)).toContain(rule);
    expect(text).toBe(prose);
  });

  it('the byline printed again at the top, and the author bio at the end', () => {
    const root = new JSDOM(`<div id="r"><p>Robert Burns, AP National Security Writer</p>${PROSE}${PROSE}<p>Robert Burns is a reporter covering defence.</p></div>`).window.document.getElementById('r')!;
    const removed = declutterArticle(root, rulesFor('en'), { byline: 'Robert Burns' });
    expect(removed.map((r) => r.rule)).toEqual(['byline-line', 'author-bio']);
    expect(textOf(root)).toBe(prose);
  });

  it('the author bio at the end under the given name alone', () => {
    const root = new JSDOM(`<div id="r">${PROSE}${PROSE}<p>Emiliano joined pv magazine in March 2017. He has been reporting on solar energy since 2009.</p></div>`).window.document.getElementById('r')!;
    const removed = declutterArticle(root, rulesFor('en'), { byline: 'Emiliano Bellini' });
    expect(removed.map((r) => r.rule)).toEqual(['author-bio']);
    expect(textOf(root)).toBe(prose);
  });

  it('a short pitch at the end whose last sentence is the call', () => {
    const root = new JSDOM(`<div id="r">${PROSE}${PROSE}<p>There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily newsletter.</p></div>`).window.document.getElementById('r')!;
    const pitched = declutterArticle(root, rulesFor('en'));
    expect(pitched.map((r) => r.rule)).toEqual(['prompt-line']);
    expect(textOf(root)).toBe(prose);
  });

  it("the publisher's boilerplate under a press release", () => {
    const boilerplate = 'Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 people worldwide.';
    const root = new JSDOM(`<div id="r">${PROSE}${PROSE}<p>${boilerplate}</p></div>`).window.document.getElementById('r')!;
    const removed = declutterArticle(root, rulesFor('en'), { url: 'https://www.ascom.com/news/ascom-announces-a-partnership.html' });
    expect(removed.map((r) => r.rule)).toEqual(['publisher-bio']);
    expect(textOf(root)).toBe(prose);
    const news = 'Reuters was unable to independently verify the report, which cited two officials at the ministry.';
    const story = new JSDOM(`<div id="r">${PROSE}${PROSE}<p>${news}</p></div>`).window.document.getElementById('r')!;
    declutterArticle(story, rulesFor('en'), { url: 'https://www.reuters.com/world/a-report-2024-05-03/', siteName: 'Reuters' });
    expect(textOf(story)).toContain(news);
  });

  it('a run of three link lines goes with the short heading above it', () => {
    const { removed, text } = run('<p>More News from Sci-Tech</p><p><a href="/1">Climate impacts to cost world trillions</a></p><p><a href="/2">Amazon considered face scanning</a></p><p><a href="/3">Toxic algae threaten fresh water</a></p>');
    expect(removed.filter((r) => r.rule === 'link-run')).toHaveLength(4);
    expect(text).toBe(prose);
  });
});

describe('prose with the same ingredients stays', () => {
  it.each([
    ['a sentence with a date', '<p>The vote was held on November 18, 2019, after months of debate.</p>'],
    ['a sentence that ends in parentheses', '<p>The plant treats about twelve million gallons of water a day for the city (more in summer).</p>'],
    ['two links inside a sentence', '<p>The <a href="/a">utility</a> and the <a href="/b">council</a> agreed on a price after three rounds of talks.</p>'],
    ['a short line starting with "By"', '<p>By the end of the year, rates will fall.</p>'],
    ['dates in a table', '<table><tr><td>Nov 18, 2019</td><td>Vote</td></tr></table>'],
    ['a sentence about the author in the middle', '<p>Robert Burns is also the name of a Scottish poet, the mayor joked.</p>'],
    ['a closing sentence of a long paragraph that invites', '<p>The council will hold three more hearings on the plan before the vote in March, and residents who cannot attend may send written comments to the clerk. Sign up for the hearings at the town hall.</p>'],
    ['a step heading whose next word is also a month abbreviation elsewhere', '<h3>Step 9: Set a Realistic Budget</h3>'],
    ['a lead-in with a numbered rule', '<p>Follow the 3-2-1 rule for foolproof backup:</p>'],
    ['a rating with decimals', '<p>Average Rating: 4.25</p>'],
    ['a price with cents', '<p>Monthly plan: $10.99</p>'],
    ['a share in a table-like line', '<p>748 (23.52%)</p>'],
    ['a title in angle brackets', '<p>&lt;The Palace: Tale of Jang Noksu&gt;</p>'],
    ['a sentence that starts with a tag', '<p>&lt;div&gt; elements group the parts of a page.</p>'],
    ['a bold word written as markup', '<p>&lt;b&gt;Note&lt;/b&gt;</p>'],
    ['a footnote mark', '<p>[1] Ruskin KJ, Hueske-Kraus D. Alarm fatigue.</p>'],
    ['a listicle that numbers its items on lines of their own', '<p>1</p><h2>Havenly</h2><p>2</p><h2>RoomLift</h2><p>3</p><h2>Decorilla</h2>'],
    ['a year on its own line', '<p>2019</p>'],
    ['a list of links the story introduces with a sentence',
      '<p>You can read our analysis of each ranking on its own page:</p><p><a href="/a">U.S. News MBA Rankings</a></p><p><a href="/b">Forbes MBA Rankings</a></p><p><a href="/c">The Economist MBA Rankings</a></p>'],
  ])('%s', (_name, html) => {
    const { text } = run(`${html}${PROSE}${PROSE}`, 'Robert Burns');
    expect(text).toBe(textOf(new JSDOM(`<div>${PROSE}${html}${PROSE}${PROSE}${PROSE}</div>`).window.document.body));
  });
});
