import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { keepFigures, largestCandidate, parseSrcset, protectBlocks, resolveMedia } from '../../src/core/extract/media';

const URL_ = 'https://news.example/world/2024/story.html';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20960%20540'%3E%3C/svg%3E";

const page = (body: string, head = '') =>
  new JSDOM(`<!doctype html><html lang="en"><head><title>Story</title>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document;

/** One image (or the first) after resolveMedia. */
function resolvedImg(body: string, head = ''): Element {
  const doc = page(body, head);
  resolveMedia(doc, URL_);
  const img = doc.querySelector('img');
  if (!img) throw new Error('no img left');
  return img;
}

const para = (n: number) =>
  `<p>Paragraph ${n} of the story carries enough words, commas, and clauses to be scored as real prose by Readability, which wants length.</p>`;

/** A small article page: `block` sits between paragraphs inside the story container. */
const articlePage = (block: string, head = '') =>
  page(`<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <main><article class="post"><h1>Story</h1><div class="entry-content">${para(1)}${para(2)}${para(3)}${block}${para(4)}${para(5)}</div></article></main>
    <footer class="site-footer"><a href="/about">About</a></footer>`, head);

/** Readability's content as a document, to query. */
function readable(doc: Document): Document {
  const parsed = new Readability(doc).parse();
  if (!parsed?.content) throw new Error('Readability found no article');
  return new JSDOM(parsed.content, { url: URL_ }).window.document;
}

const prepared = (doc: Document) => {
  resolveMedia(doc, URL_);
  protectBlocks(doc);
  return readable(doc);
};

describe('resolveMedia: lazy images', () => {
  it.each(['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url'])('takes the real image from %s and makes it absolute', (attr) => {
    const img = resolvedImg(`<img src="${GIF}" ${attr}="/media/photo-1024.jpg" alt="x">`);
    expect(img.getAttribute('src')).toBe('https://news.example/media/photo-1024.jpg');
    expect(img.hasAttribute(attr)).toBe(false);
  });

  it.each([
    ['a 1x1 data: GIF', GIF],
    ['a data: SVG', SVG],
    ['blank.gif', '/img/blank.gif'],
    ['a placeholder file', 'https://news.example/static/img/placeholder-16x9.png'],
    ['a spacer', '/spacer.gif'],
    ['a lazy placeholder', '/assets/lazy.svg'],
    ['a 1x1 path', '/pixel/1x1.png'],
    ['no src at all', null],
  ])('replaces %s', (_label, src) => {
    const img = resolvedImg(`<img ${src === null ? '' : `src="${src}"`} data-src="https://cdn.example/photo.jpg">`);
    expect(img.getAttribute('src')).toBe('https://cdn.example/photo.jpg');
  });

  it('trusts a lazy URL and a noscript URL whatever the file is called', () => {
    expect(resolvedImg(`<img src="${GIF}" data-src="/uploads/grey-whale-1024.jpg">`).getAttribute('src')).toBe('https://news.example/uploads/grey-whale-1024.jpg');
    expect(resolvedImg(`<img src="${GIF}"><noscript><img src="/uploads/lazy-river.jpg"></noscript>`).getAttribute('src')).toBe('https://news.example/uploads/lazy-river.jpg');
  });

  it('keeps a real src over data-src unless the img is marked lazy', () => {
    expect(resolvedImg('<img src="/a.jpg" data-src="/b.jpg">').getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(resolvedImg('<img class="lazyload" src="/a-thumb.jpg" data-src="/b.jpg">').getAttribute('src')).toBe('https://news.example/b.jpg');
  });

  it('takes a lazy URL without an image extension (Readability only copies .jpg/.png/.webp)', () => {
    const img = resolvedImg('<img class="lazyload" data-src="https://cdn.example/img?id=42&amp;w=800">');
    expect(img.getAttribute('src')).toBe('https://cdn.example/img?id=42&w=800');
  });

  it.each(['data-srcset', 'data-lazy-srcset'])('turns %s into an absolute srcset', (attr) => {
    const img = resolvedImg(`<img src="${GIF}" ${attr}="/p-480.jpg 480w, /p-1024.jpg 1024w" data-sizes="(max-width: 600px) 100vw, 600px">`);
    expect(img.getAttribute('srcset')).toBe('https://news.example/p-480.jpg 480w, https://news.example/p-1024.jpg 1024w');
    expect(img.getAttribute('sizes')).toBe('(max-width: 600px) 100vw, 600px');
    expect(img.hasAttribute(attr)).toBe(false);
  });

  it('picks the largest srcset candidate when the img has no usable src', () => {
    expect(resolvedImg('<img srcset="/s-480.jpg 480w, /s-1200.jpg 1200w, /s-800.jpg 800w">').getAttribute('src')).toBe('https://news.example/s-1200.jpg');
    expect(resolvedImg(`<img src="${GIF}" data-srcset="/d.jpg 1x, /d@2x.jpg 2x">`).getAttribute('src')).toBe('https://news.example/d@2x.jpg');
  });

  it('makes src and srcset absolute against <base href>', () => {
    const img = resolvedImg('<img src="pics/a.jpg" srcset="pics/a.jpg 1x, pics/a@2x.jpg 2x">', '<base href="https://cdn.example/assets/">');
    expect(img.getAttribute('src')).toBe('https://cdn.example/assets/pics/a.jpg');
    expect(img.getAttribute('srcset')).toBe('https://cdn.example/assets/pics/a.jpg 1x, https://cdn.example/assets/pics/a@2x.jpg 2x');
  });

  it('reads srcset URLs that contain commas', () => {
    const srcset = 'https://res.example/image/upload/w_300,h_200/a.jpg 300w, https://res.example/image/upload/w_900,h_600/a.jpg 900w';
    expect(parseSrcset(srcset)).toEqual([
      { url: 'https://res.example/image/upload/w_300,h_200/a.jpg', descriptor: '300w' },
      { url: 'https://res.example/image/upload/w_900,h_600/a.jpg', descriptor: '900w' },
    ]);
    expect(largestCandidate(srcset)).toBe('https://res.example/image/upload/w_900,h_600/a.jpg');
    expect(resolvedImg(`<img data-srcset="${srcset}">`).getAttribute('src')).toBe('https://res.example/image/upload/w_900,h_600/a.jpg');
  });

  it('leaves an image without any real source alone and never sets a JSON blob as src', () => {
    expect(resolvedImg(`<img src="${GIF}">`).getAttribute('src')).toBe(GIF);
    expect(resolvedImg(`<img src="${GIF}" data-url='{"id":4}'>`).getAttribute('src')).toBe(GIF);
  });
});

describe('resolveMedia: <noscript> fallbacks', () => {
  it('replaces an adjacent placeholder with the noscript image (noscript parsed as elements, as in jsdom)', () => {
    const doc = page(`<figure><img class="lazy" src="/static/placeholder.png" data-src="/x.jpg" alt="Harbour"><noscript><img src="/media/harbour-960.jpg" alt="Harbour"></noscript><figcaption>The harbour.</figcaption></figure>`);
    expect(doc.querySelector('noscript')?.children.length).toBe(1);
    resolveMedia(doc, URL_);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://news.example/media/harbour-960.jpg');
  });

  it('parses noscript text (as browsers with scripting on give it) with a template, not a live element', () => {
    const doc = page(`<div class="frame"><img class="lazyload" src="${GIF}" alt=""></div>`);
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<img src="/media/quay-1200.jpg" alt="The quay" width="1200" height="800">';
    doc.querySelector('.frame')!.after(noscript);
    resolveMedia(doc, URL_);
    const imgs = doc.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('https://news.example/media/quay-1200.jpg');
    expect(imgs[0]!.getAttribute('alt')).toBe('The quay');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('finds the placeholder anywhere in the same figure', () => {
    const doc = page(`<figure><div class="ratio"><img class="lazy" src="${GIF}"></div><div class="fallback"><noscript><img src="/media/b.jpg"></noscript></div><figcaption>B.</figcaption></figure>`);
    resolveMedia(doc, URL_);
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://news.example/media/b.jpg']);
  });

  it('drops a noscript that only repeats a real image next to it', () => {
    const doc = page('<img src="/media/c.jpg" alt="C"><noscript><img src="/media/c-small.jpg"></noscript>');
    resolveMedia(doc, URL_);
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://news.example/media/c.jpg']);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('turns a lone noscript image (or picture) into a normal one', () => {
    const doc = page('<p>Text.</p><noscript><img src="/media/d.jpg" alt="D"></noscript><noscript><picture><source srcset="/e.webp" type="image/webp"><img src="/e.jpg"></picture></noscript>');
    resolveMedia(doc, URL_);
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('body > img')?.getAttribute('src')).toBe('https://news.example/media/d.jpg');
    expect(doc.querySelector('body > picture > img')?.getAttribute('src')).toBe('https://news.example/e.jpg');
  });

  it('does not turn tracking pixels or non-image noscripts into images', () => {
    const doc = page('<p>Text.</p><noscript><img height="1" width="1" style="display:none" src="https://tracker.example/tr?id=1"></noscript><noscript><iframe src="https://tags.example/ns"></iframe></noscript>');
    resolveMedia(doc, URL_);
    expect(doc.querySelectorAll('body > img')).toHaveLength(0);
  });
});

describe('resolveMedia: <picture>', () => {
  it('gives the inner img a src from the first source of a type browsers show', () => {
    const img = resolvedImg('<picture><source type="image/jxl" srcset="/a.jxl"><source type="image/webp" data-srcset="/a-800.webp 800w, /a-1600.webp 1600w"><img alt="A"></picture>');
    expect(img.getAttribute('src')).toBe('https://news.example/a-1600.webp');
    expect(img.ownerDocument.querySelectorAll('source')[1]!.getAttribute('srcset')).toBe('https://news.example/a-800.webp 800w, https://news.example/a-1600.webp 1600w');
  });

  it('treats a <picture> before a noscript as the image the noscript stands in for', () => {
    const doc = page(`<picture><source data-srcset="/p.webp" type="image/webp"><img class="lazy" src="${GIF}"></picture><noscript><img src="/p.jpg"></noscript>`);
    resolveMedia(doc, URL_);
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['https://news.example/p.jpg']);
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe('https://news.example/p.webp');
  });

  it('gives a lazy video <source> a src, not a srcset, and makes the poster absolute', () => {
    const doc = page('<video poster="/poster.jpg"><source data-src="/clip.mp4" type="video/mp4"></video>');
    resolveMedia(doc, URL_);
    expect(doc.querySelector('source')?.getAttribute('src')).toBe('https://news.example/clip.mp4');
    expect(doc.querySelector('source')?.hasAttribute('srcset')).toBe(false);
    expect(doc.querySelector('video')?.getAttribute('poster')).toBe('https://news.example/poster.jpg');
  });

  it('adds an img to a picture that has none', () => {
    const doc = page('<picture><source srcset="/b.jpg 1x, /b@2x.jpg 2x"></picture>');
    resolveMedia(doc, URL_);
    expect(doc.querySelector('picture > img')?.getAttribute('src')).toBe('https://news.example/b@2x.jpg');
  });

  it('keeps the picture through Readability with a real image', () => {
    const out = prepared(articlePage('<figure><picture><source type="image/webp" srcset="/h-800.webp 800w, /h-1600.webp 1600w"><img alt="h"></picture><figcaption>Caption H</figcaption></figure>'));
    expect(out.querySelector('picture img')?.getAttribute('src')).toBe('https://news.example/h-1600.webp');
    expect(out.querySelector('figcaption')?.textContent).toBe('Caption H');
  });
});

describe('figures through real Readability', () => {
  it('keeps a plain figure and its caption even without help', () => {
    const out = readable(articlePage('<figure><img src="/plain.jpg" alt=""><figcaption>A plain caption.</figcaption></figure>'));
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/plain.jpg');
    expect(out.querySelector('figcaption')?.textContent).toBe('A plain caption.');
  });

  it('keeps the image of a figure whose frame div has a "negative" class (Readability drops it)', () => {
    const block = '<figure class="c-media"><div class="c-media__frame"><div class="ratio"><img src="/e.jpg" alt="E"></div></div><figcaption class="c-media__caption">Caption E</figcaption></figure>';
    expect(readable(articlePage(block)).querySelector('figure img')).toBeNull();
    const out = prepared(articlePage(block));
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/e.jpg');
    expect(out.querySelector('figure figcaption')?.textContent).toBe('Caption E');
  });

  it('keeps a photo credit classed like a byline inside the caption (Readability takes it as the byline)', () => {
    const block = '<figure><img src="/d.jpg"><figcaption>The plant in 2019. <span class="photo-author">Kevin Marsh</span></figcaption></figure>';
    expect(readable(articlePage(block)).querySelector('figcaption')?.textContent).not.toContain('Kevin Marsh');
    expect(prepared(articlePage(block)).querySelector('figcaption')?.textContent).toBe('The plant in 2019. Kevin Marsh');
  });

  it('keeps a gallery of captioned figures (Readability drops the div for its paragraph-to-image ratio)', () => {
    const block = `<div class="gallery">${['a', 'b', 'c'].map((x) => `<figure><img src="/${x}.jpg"><figcaption>Caption ${x}</figcaption></figure>`).join('')}</div>`;
    expect(readable(articlePage(block)).querySelectorAll('figure')).toHaveLength(0);
    const out = prepared(articlePage(block));
    expect(Array.from(out.querySelectorAll('figcaption')).map((c) => c.textContent)).toEqual(['Caption a', 'Caption b', 'Caption c']);
  });

  it('keeps a lazy figure with a real absolute URL and its caption', () => {
    const out = prepared(articlePage(`<figure><img class="lazyload" src="${GIF}" data-src="media/f.jpg"><figcaption>Caption F</figcaption></figure>`));
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/world/2024/media/f.jpg');
    expect(out.body.innerHTML).not.toContain('data:image/gif');
    expect(out.querySelector('figcaption')?.textContent).toBe('Caption F');
  });

  it('makes a WordPress caption box a figure whose caption stays out of the body text', () => {
    const block = '<div id="attachment_7" class="wp-caption aligncenter"><img src="/w.jpg" alt=""><p class="wp-caption-text">The stage at the festival</p></div>';
    expect(readable(articlePage(block)).querySelector('figcaption')).toBeNull();
    const out = prepared(articlePage(block));
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('https://news.example/w.jpg');
    expect(out.querySelector('figure figcaption')?.textContent).toBe('The stage at the festival');
    expect(Array.from(out.querySelectorAll('p')).map((p) => p.textContent)).not.toContain('The stage at the festival');
  });

  it('leaves a "caption" paragraph that sits among prose, not in a media box, a paragraph', () => {
    const doc = articlePage('<p class="caption">A paragraph some theme classes as a caption.</p>');
    resolveMedia(doc, URL_);
    expect(doc.querySelector('figcaption')).toBeNull();
    expect(doc.querySelector('p.caption')).not.toBeNull();
  });

  it('keepFigures leaves figures without media alone', () => {
    const doc = page('<figure class="pull"><blockquote class="q">Words.</blockquote><figcaption class="c">Who</figcaption></figure>');
    keepFigures(doc);
    expect(doc.querySelector('blockquote')?.getAttribute('class')).toBe('q');
  });
});

describe('tables, code, quotes and lists through real Readability', () => {
  const blocks = `
    <table><thead><tr><th>Year</th><th>Monthly bill</th></tr></thead><tbody><tr><td>2010</td><td>$38</td></tr><tr><td>2024</td><td>$91</td></tr></tbody></table>
    ${para(10)}
    <pre><code>const rate = bill / months;
console.log(rate);</code></pre>
    <blockquote><p>We decided the system should answer to the people who drink from it.</p></blockquote>
    <ul><li>Seven votes for</li><li>Two against</li></ul>
    <ol><li>Council vote</li><li>State ruling</li><li>Bond sale</li></ol>`;

  const check = (out: Document) => {
    expect(out.querySelector('table th')?.textContent).toBe('Year');
    expect(out.querySelectorAll('table tr')).toHaveLength(3);
    expect(out.querySelector('pre code')?.textContent).toBe('const rate = bill / months;\nconsole.log(rate);');
    expect(out.querySelector('blockquote')?.textContent).toContain('answer to the people');
    expect(Array.from(out.querySelectorAll('ul li')).map((li) => li.textContent)).toEqual(['Seven votes for', 'Two against']);
    expect(out.querySelectorAll('ol li')).toHaveLength(3);
  };

  it('keeps a header-row table, a code block, a blockquote, a ul and an ol on their own', () => check(readable(articlePage(blocks))));
  it('still keeps them after the pre-passes', () => check(prepared(articlePage(blocks))));

  it.each([
    ['a table with linked cells and no th', '<table><tr><td>Team</td><td>Pts</td></tr><tr><td><a href="/t/a">Ashton Rovers</a></td><td>41</td></tr><tr><td><a href="/t/b">Bexley United</a></td><td>39</td></tr></table>', 'table', 'Ashton Rovers'],
    ['a tiny table with a link', '<table><tr><td>A</td><td><a href="/x">B</a></td></tr><tr><td>1</td><td>2</td></tr></table>', 'table', 'AB12'],
    ['a table in a "table-scroll" wrapper', '<div class="table-scroll"><table><tr><td>City</td><td>Rate</td></tr><tr><td>Ashton</td><td>4.1</td></tr><tr><td>Bexley</td><td>3.9</td></tr></table></div>', 'table', 'Bexley'],
    ['a code block in a "hidden-print" wrapper', '<div class="highlight hidden-print"><pre><code>npm install sift</code></pre></div>', 'pre', 'npm install sift'],
    ['a code block in a "media" wrapper with a toolbar', '<div class="code-media"><div class="bar"><span>bash</span></div><pre>echo hello</pre></div>', 'pre', 'echo hello'],
  ])('keeps %s, which Readability drops', (_label, block, selector, text) => {
    expect(readable(articlePage(block)).querySelector(selector)).toBeNull();
    expect(prepared(articlePage(block)).querySelector(selector)?.textContent).toContain(text);
  });

  it('marks small data tables for Readability with an empty <colgroup>, and no other table', () => {
    const doc = page(`
      <table id="data"><caption>Rates</caption><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>
      <table id="headed"><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
      <table id="row"><tr><td>Only</td><td>one row</td></tr></table>
      <table id="layout"><tr><td><p>${'Long prose in a layout cell. '.repeat(20)}</p></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>
      <table id="nested"><tr><td><table><tr><td>1</td></tr></table></td><td>a</td></tr><tr><td>b</td><td>c</td></tr></table>
      <table id="presentation" role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`);
    protectBlocks(doc);
    const colgroups = (id: string) => doc.querySelectorAll(`#${id} > colgroup`).length;
    expect(colgroups('data')).toBe(1);
    expect(doc.querySelector('#data > caption + colgroup')).not.toBeNull();
    for (const id of ['headed', 'row', 'layout', 'nested', 'presentation']) expect(colgroups(id)).toBe(0);
  });
});

// ------------------------------------------------------------------------------------------- fixtures

interface PageEntry {
  file: string;
  url: string;
  article: boolean;
  body: string;
}
const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const index = JSON.parse(readFileSync(`${PAGES}index.json`, 'utf8')) as PageEntry[];
const entry = (file: string) => index.find((e) => e.file === file)!;
const load = (e: PageEntry) => new JSDOM(readFileSync(`${PAGES}${e.file}`, 'utf8'), { url: e.url }).window.document;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function fixtureOutput(e: PageEntry, passes: boolean): Document {
  const clone = load(e).cloneNode(true) as Document;
  if (passes) {
    resolveMedia(clone, e.url);
    protectBlocks(clone);
  }
  const parsed = new Readability(clone).parse();
  return new JSDOM(parsed?.content ?? '', { url: e.url }).window.document;
}

describe('fixture pages after resolveMedia + protectBlocks + Readability', () => {
  it.each([
    {
      file: 'en-meridian-water-buyback.html',
      image: 'https://img.meridianpost.example/2024/03/11/bf-plant-1024.jpg',
      largest: 'https://img.meridianpost.example/2024/03/11/bf-plant-2048.jpg 2048w',
      placeholder: 'data:image/gif',
      caption: 'The filtration building at the Harmon Road plant was rebuilt in 2019.',
    },
    {
      file: 'de-lahntal-starkregen.html',
      image: 'https://www.lahntal-rundschau.example/bilder/2024/05/17/92841377/muehlbach-hochwasser-960.jpg',
      largest: 'https://www.lahntal-rundschau.example/bilder/2024/05/17/92841377/muehlbach-hochwasser-960.jpg 960w',
      placeholder: 'placeholder-16x9.png',
      caption: 'Im Juli 2022 stand die Lindenstraße nach dem Starkregen knietief unter Wasser.',
    },
    {
      file: 'en-millbrook-bakery-reopens.html',
      image: 'https://millbrookledger.test/wp-content/uploads/2023/10/rosas-kitchen-1024x683.jpg',
      largest: 'https://millbrookledger.test/wp-content/uploads/2023/10/rosas-kitchen-768x512.jpg 768w',
      placeholder: 'data:image/svg+xml',
      caption: 'Rosa Delgado in the rebuilt kitchen of her bakery on Tuesday.',
    },
  ])('$file: the lazy figure has its real image, absolute, and its caption', ({ file, image, largest, placeholder, caption }) => {
    const out = fixtureOutput(entry(file), true);
    const img = Array.from(out.querySelectorAll('figure img')).find((i) => i.getAttribute('src') === image);
    expect(img, `no <img src="${image}"> in a figure`).toBeDefined();
    expect(img!.getAttribute('srcset')).toContain(largest);
    expect(out.body.innerHTML).not.toContain(placeholder);
    expect(collapse(img!.closest('figure')!.querySelector('figcaption')?.textContent ?? '')).toContain(caption);
  });

  describe.each(index.filter((e) => e.article))('$file', (e) => {
    const before = fixtureOutput(e, false);
    const after = fixtureOutput(e, true);

    it('loses no paragraph that plain Readability keeps', () => {
      const text = (doc: Document) => collapse(doc.body.textContent ?? '');
      const kept = e.body.split(/\n\s*\n/).map(collapse).filter((p) => p && text(before).includes(p));
      expect(kept.filter((p) => !text(after).includes(p))).toEqual([]);
    });

    it('has only absolute http(s) image URLs and no noscript left', () => {
      expect(after.querySelector('noscript')).toBeNull();
      for (const img of Array.from(after.querySelectorAll('img'))) expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
      for (const el of Array.from(after.querySelectorAll('[srcset]'))) {
        for (const { url } of parseSrcset(el.getAttribute('srcset')!)) expect(url).toMatch(/^https?:\/\//);
      }
    });
  });
});
