import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { compact, holdsFirstReading, layBlocksSideBySide, proseContainer } from '../../src/core/extract/prose-container';
import { surveyProse } from '../../src/core/extract/prose-holders';

const URL = 'https://bank.example/blog/financial-tips';
const TIPS = [
  'Start saving early, whatever your goals are: the longer your money stays in savings, the more interest it earns for you, and the habit matters more than the amount.',
  'Take the full match your employer offers on retirement contributions, since it is money you would otherwise leave on the table every single month of the year.',
  'Keep an emergency fund of three to six months of expenses in an account you can reach quickly, so that a lost job or a broken car never becomes a new debt.',
  'Pay off the cards with the highest interest rate first, then roll what you paid on them into the next one, and the whole balance shrinks faster than you expect.',
  'Review your insurance once a year, because the cover you chose at twenty-five rarely fits a family, a house and a longer commute ten years later.',
  'Automate every contribution you can; people who sign up for automatic savings keep saving, while those who decide each month tend to skip the hard ones.',
];
const LONG_TIP = `${TIPS[0]} ${TIPS[1]} ${TIPS[2]} ${TIPS[3]}`;

/** A page builder's article: every section in its own row > column > wrapper > text layers. */
function builtPage(): Document {
  const section = (title: string, paragraphs: string[]) => `<div class="row-wrapper"><div class="row"><div class="column">
    <div class="module"><div class="copy"><h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div></div>`;
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Nine financial tips</title></head><body>
    <nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
    <div class="layout"><h1>Nine financial tips for working adults</h1>
      ${section('Save early', [LONG_TIP])}
      ${TIPS.map((tip, i) => section(`Tip ${i + 2}`, [tip])).join('')}
      ${section('Rates', [`Compare our <a href="/savings/rates">current savings rates</a> before you open an account: they change every month.`])}
    </div>
    <footer><p>Member FDIC. Equal Housing Lender.</p></footer>
  </body></html>`, { url: URL }).window.document;
}

describe('a story built of many boxed sections', () => {
  it('comes out whole, not as its best section', () => {
    const outcome = extractArticle(builtPage(), URL);
    if (!outcome.ok) throw new Error(outcome.message);
    for (const tip of TIPS) expect(outcome.article.text).toContain(tip);
    expect(outcome.article.text).not.toContain('Member FDIC');
    // Read apart from the page, its links still resolve against the page's address.
    expect(outcome.article.html).toContain('href="https://bank.example/savings/rates"');
  });

  it('is found as the deepest element holding most of the prose', () => {
    expect(proseContainer(surveyProse(builtPage()))?.className).toBe('layout');
    const thin = new JSDOM('<body><div><p>Too short.</p></div></body>').window.document;
    expect(proseContainer(surveyProse(thin))).toBeNull();
  });

  it('has its blocks laid side by side, in order, a box with its own text kept whole', () => {
    const doc = new JSDOM(`<body><div id="c"><div><div><h2>One</h2><p>First.</p></div></div>
      <section><div>Loose text <b>in a box</b></div><ul><li>a</li></ul></section><span><p>Last.</p></span></div></body>`).window.document;
    const container = doc.getElementById('c')!;
    layBlocksSideBySide(container, null);
    expect(Array.from(container.children, (child) => child.localName)).toEqual(['h2', 'p', 'div', 'ul', 'p']);
    expect(Array.from(container.children, (child) => child.textContent!.trim())).toEqual(['One', 'First.', 'Loose text in a box', 'a', 'Last.']);
  });
});

describe('a first reading that holds most of the prose', () => {
  it('is kept, and a readers\' thread below the story stays out', () => {
    const comments = TIPS.map((tip) => `<li class="comment"><div class="comment-body"><p>${tip}</p></div></li>`).join('');
    const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>Saving</title></head><body>
      <article><h1>Saving</h1>${[LONG_TIP, LONG_TIP.replace('Start', 'Begin')].map((p) => `<p>${p}</p>`).join('')}</article>
      <section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></body></html>`, { url: URL }).window.document;
    const outcome = extractArticle(doc, URL);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Begin saving early');
    expect(outcome.article.text).not.toContain(TIPS[5]);
  });
});

describe('a readers\' thread that outweighs a short story', () => {
  it('is not read a second time as the story\'s continuation (its thousands of comments are slow to read)', () => {
    const comments = Array.from({ length: 40 }, (_, i) => `<div class="comment"><p>${TIPS[i % TIPS.length]} Reader ${i}.</p></div>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Saving</title></head><body>
      <article><h1>Saving</h1><p>${LONG_TIP}</p><p>${LONG_TIP.replace('Start', 'Begin')}</p></article>
      <section class="thread">${comments}</section></body></html>`;
    const doc = new JSDOM(html, { url: URL }).window.document;
    // The thread holds most of the page's prose: it is the prose container, but not the story's.
    expect(proseContainer(surveyProse(doc))?.className).toBe('thread');
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const outcome = extractArticle(doc, URL);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Begin saving early');
    expect(outcome.article.text).not.toContain('Reader 3.');
  });

  it('holdsFirstReading: the container must hold most of the first reading\'s prose paragraphs', () => {
    const first = [LONG_TIP, TIPS[4]].join('\n\n');
    expect(holdsFirstReading(first, compact(`${LONG_TIP} and more`))).toBe(true);
    expect(holdsFirstReading(first, compact(TIPS[4]!))).toBe(false);
  });
});
