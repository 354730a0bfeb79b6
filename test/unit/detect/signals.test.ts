import { describe, expect, it } from 'vitest';
import { detectPage, MAX_ELEMENTS } from '../../../src/core/detect';
import { MAX_ELEMENTS as EXTRACTION_MAX_ELEMENTS } from '../../../src/core/extract/budget';
import { documentOf, jsonLd, meta, paragraphs, products, prose, story, teasers } from './synthetic-pages';

// Each signal on a small document. A negative signal is shown on a page that is an article without it,
// so that the test fails if the signal stops counting.
const NEUTRAL = 'https://example.org/notes/moving';
const detect = (body: string, url = NEUTRAL, head = '') => detectPage(documentOf(body, head), url);
// About 1,150 characters of story and nothing else: an article, but only just.
const BORDERLINE = story(4, 280);

describe('a long text is an article, metadata or not', () => {
  it('reads a long blog post without metadata as an article, not news', () => {
    const detection = detect(story(10), 'https://someblog.example/notes/on-keeping-bees-in-the-city');
    expect(detection.kind).toBe('article');
    expect(detection.reasons).toContain('url:slug');
    expect(detection.reasons.find((r) => r.startsWith('text:'))).toMatch(/^text:3\d{3}$/);
  });

  it('reads text written as <div> lines and <br>s as an article', () => {
    const lines = Array.from({ length: 8 }, (_, i) => prose(260, i)).join('<br><br>');
    expect(detect(`<h1>A headline long enough to be one</h1><div class="post-body">${lines}</div>`).kind).toBe('article');
  });

  it('takes the borderline page as an article (the baseline of the negative tests below)', () => {
    const detection = detect(BORDERLINE);
    expect(detection.kind).toBe('article');
    expect(detection.score).toBeLessThan(2);
  });
});

describe('news or another article', () => {
  const graph = (type: unknown) => jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': ['WebPage'] }, { '@type': type, headline: 'h', author: { '@type': 'Person', name: 'a' } }] });

  it('finds a NewsArticle inside @graph, in an array or as a full URL', () => {
    for (const type of ['NewsArticle', ['ReportageNewsArticle'], 'https://schema.org/AnalysisNewsArticle']) {
      const detection = detect(story(8), NEUTRAL, graph(type));
      expect(detection.kind).toBe('news');
      expect(detection.reasons.some((r) => /^type:\w*NewsArticle$/.test(r))).toBe(true);
    }
  });

  it('reads broken JSON-LD too (a trailing comma)', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "h",}</script>';
    expect(detect(story(8), NEUTRAL, head).reasons).toContain('type:NewsArticle');
  });

  it('takes microdata types', () => {
    const body = `<div itemscope itemtype="https://schema.org/NewsArticle"><h1>A headline long enough</h1><div itemprop="articleBody">${paragraphs(8)}</div></div>`;
    const detection = detect(body);
    expect(detection.kind).toBe('news');
    expect(detection.reasons).toContain('type:NewsArticle');
  });

  it('calls a dated page news: a date in the URL, a published meta tag, a <time> by the headline', () => {
    expect(detect(story(8), 'https://example.org/2024/03/12/council-votes/').reasons).toContain('url:date');
    expect(detect(story(8), 'https://example.org/2024/03/12/council-votes/').kind).toBe('news');
    expect(detect(story(8), NEUTRAL, meta('article:published_time', '2024-03-12T06:00:00Z')).kind).toBe('news');
    const withTime = detect(story(8, 300, '<p class="byline">By A. Writer <time datetime="2024-03-12">March 12</time></p>'));
    expect(withTime.reasons).toContain('headline-time');
    expect(withTime.kind).toBe('news');
  });

  it('keeps a declared BlogPosting an article even when dated', () => {
    const detection = detect(story(8), 'https://example.org/2024/03/12/council-votes/', graph('BlogPosting'));
    expect(detection.reasons).toContain('type:BlogPosting');
    expect(detection.kind).toBe('article');
  });
});

describe('metadata alone never decides', () => {
  it('leaves a short page with every article tag alone', () => {
    const head = jsonLd({ '@type': 'NewsArticle' }) + meta('og:type', 'article') + meta('article:published_time', '2024-03-12');
    const detection = detect(`<h1>A headline long enough to be one</h1><time>today</time><p>${prose(200)}</p>`, 'https://example.org/2024/03/12/council-votes-on-water/', head);
    expect(detection.score).toBeGreaterThanOrEqual(0);
    expect(detection.kind).toBe('none');
  });

  it('leaves an index with og:type=article, NewsArticle items and many teaser cards alone', () => {
    const head = meta('og:type', 'article') + jsonLd({ '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'x' }] });
    const detection = detect(teasers(14), 'https://news.example/world/', head);
    expect(detection.reasons).toEqual(expect.arrayContaining(['og:article', 'type:NewsArticle', 'cards:14']));
    // Every summary sits in its own card: no container gathers them into one long text.
    expect(Number(detection.reasons.find((r) => r.startsWith('text:'))!.slice(5))).toBeLessThan(250);
    expect(detection.kind).toBe('none');
  });

  it("leaves a blog's pages of full posts to their address: the root, a tag, a page number", () => {
    const post = (i: number) => `<article><h2><a href="/p/${i}">Post ${i}</a></h2><div>${paragraphs(5)}</div></article>`;
    const posts = `<main>${[1, 2, 3, 4].map(post).join('')}</main>`;
    for (const url of ['https://blog.example/', 'https://blog.example/tag/bees/', 'https://blog.example/page/2/']) expect(detect(posts, url).kind, url).toBe('none');
  });

  it('keeps a long story with related posts in <article> elements beside it', () => {
    const related = [1, 2, 3].map((i) => `<article><h3><a href="/p/${i}">Related ${i}</a></h3><p>${prose(700, i)}</p></article>`).join('');
    const detection = detect(story(12) + `<aside>${related}</aside>`, 'https://blog.example/notes/on-keeping-bees-in-the-city');
    expect(detection.kind).toBe('article');
  });

  it('does not count paragraphs inside list items (teaser lists, menus)', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li><p>${prose(300, i)}</p></li>`).join('');
    expect(detect(`<h1>A headline long enough to be one</h1><ul>${items}</ul>`).kind).toBe('none');
  });
});

describe('negative evidence', () => {
  it.each([
    ['a search path', 'https://example.org/search/moving', 'url:search'],
    ['a search query', 'https://example.org/notes?q=moving', 'url:search'],
    ['a German search', 'https://example.org/suche/?q=umzug', 'url:search'],
    ['the site root', 'https://example.org/', 'url:root'],
    ['a language root', 'https://example.org/en/', 'url:root'],
    ['a tag page', 'https://example.org/tags/moving/', 'url:tag'],
    ['a category page', 'https://example.org/kategori/nasional/', 'url:category'],
    ['a login page', 'https://example.org/akaun/log-masuk', 'url:login'],
    ['a gallery', 'https://example.org/photos/', 'url:gallery'],
    ['a video page', 'https://example.org/video/watch/abc123/', 'url:video'],
    ['a forum', 'https://forum.example.org/threads/moving.123/', 'url:forum'],
    ['a documentation site', 'https://docs.example.org/en/stable/', 'url:docs'],
    ['a shop', 'https://shop.example.org/collections/jackets', 'url:shop'],
    ["a business's services", 'https://example.org/services/data-analytics', 'url:service'],
    ["an offer's prices", 'https://example.org/pricing', 'url:service'],
  ])('%s turns the borderline page down', (_, url, reason) => {
    const detection = detect(BORDERLINE, url);
    expect(detection.reasons).toContain(reason);
    expect(detection.kind).toBe('none');
  });

  it('counts URL words only as whole segments, never inside a slug', () => {
    const detection = detect(story(8), 'https://news.example/2019/11/19/video-shows-search-for-missing-girl/');
    expect(detection.reasons.filter((r) => r.startsWith('url:')).sort()).toEqual(['url:date', 'url:slug']);
    expect(detection.kind).toBe('news');
  });

  it('reads nothing into a file:// address', () => {
    expect(detect(BORDERLINE, 'file:///home/me/search/page.html').reasons.some((r) => r.startsWith('url:'))).toBe(false);
  });

  it('turns down a login form', () => {
    const form = '<form><input type="email" name="e"><input type="password" name="p"><button>Log in</button></form>';
    const detection = detect(BORDERLINE + form);
    expect(detection.reasons).toContain('password');
    expect(detection.kind).toBe('none');
  });

  it('turns down a video page by its og:type', () => {
    const detection = detect(BORDERLINE, NEUTRAL, meta('og:type', 'video.other'));
    expect(detection.reasons).toContain('og:video.other');
    expect(detection.kind).toBe('none');
  });

  it('turns down a product grid, with or without shop words and types', () => {
    const head = jsonLd({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1 }] });
    const shop = detect(products(12), 'https://shop.example.org/collections/rain-jackets', head);
    expect(shop.reasons).toEqual(expect.arrayContaining(['url:shop', 'cards:12', 'type:ItemList']));
    expect(shop.kind).toBe('none');
    expect(detect(products(12) + BORDERLINE).reasons).toContain('cards:12');
    expect(detect(products(12) + BORDERLINE).kind).toBe('none');
  });

  it('turns down a shop page by its many price elements, whatever their language', () => {
    const grid = Array.from({ length: 20 }, (_, i) => `<div class="tile"><a href="/x/${i}">Item ${i}</a><span class="productPrice">${i + 10},00</span></div>`).join('');
    const detection = detect(BORDERLINE + grid);
    expect(detection.reasons).toContain('prices:20');
    expect(detection.kind).toBe('none');
    // A story that names a price or two is still a story.
    expect(detect(BORDERLINE + '<p class="price">9,99</p>').reasons.some((r) => r.startsWith('prices'))).toBe(false);
  });

  it('weighs og:type=website against a page, less than a video or a product', () => {
    const site = detect(BORDERLINE, NEUTRAL, meta('og:type', 'website'));
    expect(site.reasons).toContain('og:website');
    expect(site.kind).toBe('none');
    const plain = detect(BORDERLINE);
    const video = detect(BORDERLINE, NEUTRAL, meta('og:type', 'video.other'));
    expect(plain.score - site.score).toBeGreaterThan(0);
    expect(plain.score - site.score).toBeLessThan(plain.score - video.score);
    // A long story says it too often to be turned down for it.
    expect(detect(story(10), NEUTRAL, meta('og:type', 'website')).kind).toBe('article');
  });

  it('turns down a page type declared without an article type', () => {
    const detection = detect(BORDERLINE, NEUTRAL, jsonLd({ '@type': 'CollectionPage' }));
    expect(detection.reasons).toContain('type:CollectionPage');
    expect(detection.kind).toBe('none');
  });
});

describe('a page too large to simplify', () => {
  it('is no article to open by itself, with the same element limit as extraction', () => {
    const filler = '<i></i>'.repeat(MAX_ELEMENTS);
    expect(detect(story(10), 'https://news.example/2024/05/14/council-votes').kind).toBe('news');
    const detection = detect(`${story(10)}<div hidden>${filler}</div>`, 'https://news.example/2024/05/14/council-votes');
    expect(detection).toMatchObject({ kind: 'none', reasons: ['too-large'] });
    expect(MAX_ELEMENTS).toBe(EXTRACTION_MAX_ELEMENTS);
  });
});
