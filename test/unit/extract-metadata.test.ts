import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { byline, cleanAuthor } from '../../src/core/extract/byline';
import { decodedText, jsonLdArticle } from '../../src/core/extract/json-ld';
import { articleMetadata } from '../../src/core/extract/metadata-extra';
import { isoDate, publishedTime } from '../../src/core/extract/published';
import { detectPage } from '../../src/core/detect';
import { DETECT_COMMON } from '../../src/rules/detect';

const URL_ = 'https://news.example/politics/2024/03/12/story/';

const page = (head: string, body = '<p>Text.</p>', htmlAttrs = 'lang="en"') =>
  new JSDOM(`<!doctype html><html ${htmlAttrs}><head><title>Story</title>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document;
/** A JSON-LD script; "</" is escaped as sites must (a literal "</script>" would end the element). */
const ld = (value: unknown) =>
  `<script type="application/ld+json">${(typeof value === 'string' ? value : JSON.stringify(value)).replace(/<\//g, '<\\/')}</script>`;
/** No tag-like text at all: what a plain-text field must never contain. */
const MARKUP = /<[a-z!/?]/i;

describe('jsonLdArticle', () => {
  // One schema.org type list for the classifier and extraction (src/rules/detect/common.json): every
  // type the classifier weighs as an article's, a subtype included, extraction reads as the article.
  it.each([...DETECT_COMMON.newsTypes, ...DETECT_COMMON.articleTypes].flatMap((type) => [type, `Example${type}`]))(
    'reads a %s node as the article, as the classifier weighs it',
    (type) => {
      const doc = page(ld([{ '@type': 'WebPage', name: 'The page' }, { '@type': type, headline: 'Council backs the buyback' }]));
      expect(jsonLdArticle(doc, URL_)).toMatchObject({ type, headline: 'Council backs the buyback' });
      expect(detectPage(doc, URL_).reasons).toContain(`type:${type}`);
    },
  );

  it('reads no article from a page type the classifier weighs against', () => {
    for (const type of DETECT_COMMON.pageTypes) expect(jsonLdArticle(page(ld({ '@type': type, name: 'A list' })), URL_), type).toBeNull();
  });

  it('finds the article in an @graph and resolves @id references to author, publisher and image', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': `${URL_}#webpage`, name: 'Not the article', datePublished: '2020-01-01' },
          {
            '@type': 'NewsArticle',
            '@id': `${URL_}#article`,
            headline: 'Council backs the buyback',
            author: [{ '@id': 'https://news.example/#/person/1' }, { '@id': 'https://news.example/#/person/2' }],
            publisher: { '@id': 'https://news.example/#org' },
            image: { '@id': `${URL_}#primaryimage` },
            datePublished: '2024-03-12T04:30:00-04:00',
            dateModified: '2024-03-12T06:14:00-04:00',
            inLanguage: 'en-US',
          },
          { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Caroline Ashby' },
          { '@type': 'Person', '@id': 'https://news.example/#/person/2', givenName: 'Omar', familyName: 'Reyes' },
          { '@type': 'Organization', '@id': 'https://news.example/#org', name: 'The Meridian Post' },
          { '@type': 'ImageObject', '@id': `${URL_}#primaryimage`, url: '/img/council-2048.jpg' },
        ],
      }),
    );
    expect(jsonLdArticle(doc, URL_)).toEqual({
      type: 'NewsArticle',
      headline: 'Council backs the buyback',
      authors: ['Caroline Ashby', 'Omar Reyes'],
      publisher: 'The Meridian Post',
      datePublished: '2024-03-12T04:30:00-04:00',
      dateModified: '2024-03-12T06:14:00-04:00',
      image: 'https://news.example/img/council-2048.jpg',
      inLanguage: 'en-US',
      description: '',
    });
  });

  it.each([
    [['CreativeWork', 'NewsArticle'], 'NewsArticle'],
    ['https://schema.org/BlogPosting', 'BlogPosting'],
    ['schema:ReportageNewsArticle', 'ReportageNewsArticle'],
    [['WebPage', 'LiveBlogPosting'], 'LiveBlogPosting'],
    ['ScholarlyArticle', 'ScholarlyArticle'],
  ])('reads @type %j as %s', (type, expected) => {
    expect(jsonLdArticle(page(ld({ '@type': type, headline: 'H' })), URL_)?.type).toBe(expected);
  });

  it('skips a broken block and reads the good one after it', () => {
    const doc = page(ld('{"@type": "NewsArticle", "headline": "Broken",,}') + ld({ '@type': 'Article', headline: 'Good' }));
    expect(jsonLdArticle(doc, URL_)?.headline).toBe('Good');
  });

  it('reads blocks wrapped in comments or CDATA, with raw line breaks in strings, and with a type parameter', () => {
    const doc = page(`<script type="application/ld+json; charset=utf-8"><!--
      {"@type": "NewsArticle", "headline": "Line one
      line two"}
    --></script>`);
    expect(jsonLdArticle(doc, URL_)?.headline).toBe('Line one line two');
    const cdata = page('<script type="application/ld+json">//<![CDATA[\n{"@type":"Article","headline":"In CDATA"}\n//]]></script>');
    expect(jsonLdArticle(cdata, URL_)?.headline).toBe('In CDATA');
  });

  it('reads a top-level array and an article nested as mainEntity, preferring the shallower one', () => {
    const nested = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Nested' } };
    expect(jsonLdArticle(page(ld([{ '@type': 'WebSite', name: 'Site' }, nested])), URL_)?.headline).toBe('Nested');
    expect(jsonLdArticle(page(ld(nested) + ld({ '@type': 'Article', headline: 'Top' })), URL_)?.headline).toBe('Top');
  });

  it('reads authors given as a string, a Person, an array, and ignores URLs', () => {
    const authors = (author: unknown) => jsonLdArticle(page(ld({ '@type': 'Article', author })), URL_)?.authors;
    expect(authors('Jane Doe')).toEqual(['Jane Doe']);
    expect(authors({ '@type': 'Person', name: 'Jane Doe', url: 'https://news.example/jane' })).toEqual(['Jane Doe']);
    expect(authors(['Jane Doe', { '@type': 'Person', name: 'John Roe' }, { name: 'jane doe' }, 'https://news.example/staff/x'])).toEqual(['Jane Doe', 'John Roe']);
    expect(authors({ '@type': 'Person', name: ['Ana Ribeiro'] })).toEqual(['Ana Ribeiro']);
    expect(jsonLdArticle(page(ld({ '@type': 'Article', creator: 'Via Creator' })), URL_)?.authors).toEqual(['Via Creator']);
  });

  it('reads the image as a string, an ImageObject or an array, as an absolute http(s) URL only', () => {
    const image = (value: unknown) => jsonLdArticle(page(ld({ '@type': 'Article', image: value })), URL_)?.image;
    expect(image('/a.jpg')).toBe('https://news.example/a.jpg');
    expect(image({ '@type': 'ImageObject', url: 'https://cdn.example/b.jpg', width: 1200 })).toBe('https://cdn.example/b.jpg');
    expect(image([{ '@type': 'ImageObject', contentUrl: 'https://cdn.example/c.jpg' }, 'https://cdn.example/d.jpg'])).toBe('https://cdn.example/c.jpg');
    expect(image('javascript:alert(1)')).toBe('');
    expect(image(['data:image/png;base64,AAAA', 'https://cdn.example/e.jpg'])).toBe('https://cdn.example/e.jpg');
  });

  it('reads inLanguage as a valid BCP 47 tag or nothing', () => {
    const lang = (value: unknown) => jsonLdArticle(page(ld({ '@type': 'Article', inLanguage: value })), URL_)?.inLanguage;
    expect(lang('id_ID')).toBe('id-ID');
    expect(lang({ '@type': 'Language', name: 'English', alternateName: 'en' })).toBe('en');
    expect(lang('English (US)')).toBe('');
  });

  it('returns null for pages whose JSON-LD has no article', () => {
    expect(jsonLdArticle(page(ld({ '@type': 'WebSite', name: 'Site' }) + ld({ '@type': 'VideoObject', name: 'Clip' })), URL_)).toBeNull();
    expect(jsonLdArticle(page(''), URL_)).toBeNull();
  });

  it('never returns markup: tags are stripped and encoded tags decoded then stripped', () => {
    const doc = page(
      ld({
        '@type': 'NewsArticle',
        headline: '<b>Rates</b> &amp; bills <script>alert(1)</script>rise',
        description: '&lt;img src=x onerror=alert(1)&gt;Residents &#8220;paid more&#8221;',
        author: { name: 'Jane <em>Doe</em>' },
        publisher: { name: 'Post &lt;script&gt;' },
      }),
    );
    const article = jsonLdArticle(doc, URL_)!;
    expect(article.headline).toBe('Rates & bills alert(1)rise');
    expect(article.description).toBe('Residents “paid more”');
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.publisher).toBe('Post');
    for (const value of Object.values(article).flat()) expect(value).not.toMatch(MARKUP);
  });
});

describe('decodedText', () => {
  it('decodes entities, drops tags (also half-open ones) and collapses whitespace', () => {
    const doc = page('');
    expect(decodedText(doc, '  Caf&eacute;\n\t&amp;  <i>bar</i> ')).toBe('Café & bar');
    expect(decodedText(doc, 'Fine <img src=x onerror=alert(1)')).toBe('Fine');
    expect(decodedText(doc, null)).toBe('');
  });
});

describe('isoDate', () => {
  it.each([
    ['2024-05-17T06:00:00+02:00', '2024-05-17T06:00:00+02:00'],
    ['2024-05-21T14:12:09Z', '2024-05-21T14:12:09Z'],
    ['2024-05-21T14:12:09.123+0200', '2024-05-21T14:12:09+02:00'],
    ['2023-09-11T19:32', '2023-09-11T19:32:00'],
    ['2023/12/04 13:27:00', '2023-12-04T13:27:00'],
    ['2024-02-14 15:12:03', '2024-02-14T15:12:03'],
    ['2024-03-12', '2024-03-12'],
    ['2024-03-12T04:30:00 UTC', '2024-03-12T04:30:00Z'],
    ['Tue, 12 Mar 2024 04:30:00 -0400', '2024-03-12T04:30:00-04:00'],
    // The offset is kept, so the article's day stays the 12th (in UTC it is already the 13th).
    ['Tue, 12 Mar 2024 22:30:00 -0400', '2024-03-12T22:30:00-04:00'],
    ['Sat, 13 Aug 2022 06:15:00 +0700', '2022-08-13T06:15:00+07:00'],
    ['March 12, 2024', '2024-03-12'],
  ])('%j → %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
    expect(Number.isNaN(new Date(expected).getTime())).toBe(false);
  });

  it.each(['', '   ', 'yesterday', '2 hours ago', '2024-02-30', '2024-13-01', '2024-03-12T25:00', '2024-03-12T10:00+19:00', '1700000000', null, undefined])('%j → empty', (input) => {
    expect(isoDate(input)).toBe('');
  });
});

describe('publishedTime', () => {
  it('prefers JSON-LD datePublished over metas and the page', () => {
    const doc = page(ld({ '@type': 'NewsArticle', datePublished: '2024-03-12T04:30:00-04:00' }) + '<meta property="article:published_time" content="2020-01-01T00:00:00Z">');
    expect(publishedTime(doc, jsonLdArticle(doc, URL_))).toBe('2024-03-12T04:30:00-04:00');
  });

  it.each([
    '<meta property="article:published_time" content="2024-03-12T04:30:00-04:00">',
    '<meta property="og:published_time" content="2024-03-12T04:30:00-04:00">',
    '<meta itemprop="datePublished" content="2024-03-12T04:30:00-04:00">',
    '<meta name="datePublished" content="2024-03-12T04:30:00-04:00">',
    '<meta name="pubdate" content="2024-03-12T04:30:00-04:00">',
    '<meta name="publishdate" content="2024-03-12T04:30:00-04:00">',
    '<meta name="date" content="2024-03-12T04:30:00-04:00">',
    '<meta name="DC.date.issued" content="2024-03-12T04:30:00-04:00">',
    '<meta name="dc.date.issued" content="2024-03-12T04:30:00-04:00">',
    '<meta name="sailthru.date" content="2024-03-12T04:30:00-04:00">',
    '<meta name="parsely-pub-date" content="2024-03-12T04:30:00-04:00">',
  ])('reads a meta-only page: %s', (meta) => {
    const doc = page(meta);
    expect(publishedTime(doc, jsonLdArticle(doc, URL_))).toBe('2024-03-12T04:30:00-04:00');
  });

  it('skips an unparseable meta for the next source', () => {
    const doc = page('<meta property="article:published_time" content="gestern"><meta name="pubdate" content="2024/03/12 08:15">');
    expect(publishedTime(doc)).toBe('2024-03-12T08:15:00');
  });

  it('reads a time-only page from the <time> by the headline, not one in a sidebar before it', () => {
    const doc = page('', `<aside class="latest"><ul><li><a href="/x">Older story</a> <time datetime="2019-01-01T00:00:00Z">old</time></li></ul></aside>
      <article><header><h1>Story</h1><p class="meta">By Jane Doe · <time class="updated" datetime="2024-03-13T09:00:00Z">Updated</time>
      <time datetime="2024-03-12T08:00:00+01:00">12 March</time></p></header><p>Body.</p></article>`);
    expect(publishedTime(doc)).toBe('2024-03-12T08:00:00+01:00');
  });

  it('prefers a time marked as published', () => {
    const doc = page('', '<article><h1>Story</h1><time datetime="2024-01-02">Jan 2</time><time class="entry-date published" datetime="2024-01-01T10:00:00Z">Jan 1</time></article>');
    expect(publishedTime(doc)).toBe('2024-01-01T10:00:00Z');
  });

  it('reads microdata on the page', () => {
    const doc = page('', '<article><h1>Story</h1><span itemprop="datePublished" content="2024-04-01T12:00:00Z">1 April</span></article>');
    expect(publishedTime(doc)).toBe('2024-04-01T12:00:00Z');
  });

  it("is '' when the page has no date, or no headline to find one by", () => {
    expect(publishedTime(page('', '<article><h1>Story</h1><p>No date.</p></article>'))).toBe('');
    expect(publishedTime(page('', '<article><h3>Teaser</h3><time datetime="2024-01-01">1 Jan</time></article>'))).toBe('');
  });
});

describe('byline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by: Jane Doe', 'Jane Doe'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Oleh Nor Aziah Kamal', 'Nor Aziah Kamal'],
    ['Von Miriam Kessel', 'Miriam Kessel'],
    ['Par Léna Morvan', 'Léna Morvan'],
    ['Por Carmen Sancho', 'Carmen Sancho'],
    ['BY JANE DOE', 'JANE DOE'],
    ['  <b>By</b>  Jane&nbsp;Doe, ', 'Jane Doe'],
  ])('strips the prefix: %j → %j', (input, expected) => {
    expect(cleanAuthor(page(''), input)).toBe(expected);
  });

  it.each(['https://news.example/staff/jane/', '//news.example/jane', 'www.news.example', '/authors/jane-doe', '', '1234', 'x'.repeat(120)])('is no name: %j', (input) => {
    expect(cleanAuthor(page(''), input)).toBe('');
  });

  it('takes JSON-LD authors first, deduplicated, joined with ", "', () => {
    const doc = page(ld({ '@type': 'NewsArticle', author: [{ name: 'Ana Ribeiro' }, { name: 'Tomás Quiroga' }, 'Ana Ribeiro'] }) + '<meta name="author" content="Someone Else">');
    expect(byline(doc, jsonLdArticle(doc, URL_))).toBe('Ana Ribeiro, Tomás Quiroga');
  });

  it('ignores an article:author URL and reads meta name=author', () => {
    const doc = page('<meta property="article:author" content="https://www.facebook.example/jane"><meta name="author" content="By Jane Doe">');
    expect(byline(doc)).toBe('Jane Doe');
  });

  it('falls back to rel=author links when metas only hold URLs', () => {
    const doc = page('<meta property="article:author" content="https://news.example/staff/jane/">',
      '<article><h1>Story</h1><p>By <a rel="author" href="/staff/jane/">Jane Doe</a> and <a rel="author" href="/staff/john/">John Roe</a></p></article>');
    expect(byline(doc)).toBe('Jane Doe, John Roe');
  });

  it('reads [itemprop=author], its itemprop=name when it has one, and not a comment author', () => {
    const doc = page('', `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Story</h1>
      <div itemprop="author" itemscope itemtype="https://schema.org/Person">Oleh <span itemprop="name">Nor Aziah Kamal</span></div>
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Troll</span></div></article>`);
    expect(byline(doc)).toBe('Nor Aziah Kamal');
  });

  it('reads the byline by the headline when nothing declares one', () => {
    const hcard = page('', '<article><header><h1>Story</h1><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jen/">Jen Albright</a></span></span></header></article>');
    expect(byline(hcard)).toBe('Jen Albright');
    const links = page('', '<article><header><h1>Story</h1><div class="story__byline">By <a href="/authors/ana-ribeiro/">Ana Ribeiro</a> and <a href="/authors/tomas-quiroga/">Tomás Quiroga</a></div></header></article>');
    expect(byline(links)).toBe('Ana Ribeiro, Tomás Quiroga');
    const classed = page('', '<article><h1>Story</h1><div class="news-detail__byline"><span class="author">Carmen Sancho</span> <span class="place">Cañada</span> <time datetime="2023-09-11">11/09/2023</time></div></article>');
    expect(byline(classed)).toBe('Carmen Sancho');
  });

  it("is '' when the page names nobody", () => {
    expect(byline(page('<meta name="author" content="https://news.example/">', '<article><h1>Story</h1><p>Text.</p></article>'))).toBe('');
  });
});

describe('articleMetadata', () => {
  it('reads every field from JSON-LD and metas', () => {
    const doc = page(
      ld({
        '@type': 'NewsArticle',
        headline: 'Council backs the buyback',
        author: { '@type': 'Person', name: 'Caroline Ashby' },
        publisher: { '@type': 'Organization', name: 'The Meridian Post' },
        datePublished: '2024-03-12T04:30:00-04:00',
        image: ['https://img.example/a-2048.jpg'],
        description: 'The 7-2 vote sets up a summer ruling.',
      }) + '<meta property="og:image" content="/og/a.jpg"><meta property="og:site_name" content="Meridian">',
      '<p>Text.</p>',
      'lang="en-US"',
    );
    expect(articleMetadata(doc, URL_)).toEqual({
      title: 'Council backs the buyback',
      byline: 'Caroline Ashby',
      siteName: 'The Meridian Post',
      publishedTime: '2024-03-12T04:30:00-04:00',
      lang: 'en-US',
      leadImage: 'https://news.example/og/a.jpg',
      excerpt: 'The 7-2 vote sets up a summer ruling.',
    });
  });

  it('reads a meta-only page', () => {
    const doc = page(`<meta property="og:title" content="Quarry plan opposed"><meta property="og:site_name" content="Berita Semenanjung">
      <meta name="author" content="Oleh Nor Aziah Kamal"><meta property="article:published_time" content="2024-01-18T07:05:00+08:00">
      <meta name="description" content="Residents gathered."><meta name="twitter:image" content="https://img.example/q.jpg">`, '<p>Text.</p>', 'lang="ms"');
    expect(articleMetadata(doc, URL_)).toEqual({
      title: 'Quarry plan opposed',
      byline: 'Nor Aziah Kamal',
      siteName: 'Berita Semenanjung',
      publishedTime: '2024-01-18T07:05:00+08:00',
      lang: 'ms',
      leadImage: 'https://img.example/q.jpg',
      excerpt: 'Residents gathered.',
    });
  });

  it('leaves out what the page does not say', () => {
    expect(articleMetadata(page('', '<p>Text.</p>', ''), URL_)).toEqual({ byline: '', siteName: '', publishedTime: '', lang: '', leadImage: '', excerpt: '' });
  });

  it('never returns markup, a non-http image or an invalid language', () => {
    const doc = page(
      ld({ '@type': 'Article', headline: '&lt;script&gt;alert(1)&lt;/script&gt;Headline', inLanguage: 'en-GB', image: 'javascript:alert(1)' }) +
        `<meta property="og:image" content="javascript:alert(1)"><meta property="og:site_name" content="<b>Site</b>">
        <meta name="author" content="<img src=x onerror=alert(1)>Jane"><meta name="description" content="A &lt;i&gt;dek&lt;/i&gt; <script>x</script>">
        <link rel="image_src" href="/fallback.jpg">`,
      '<p>Text.</p>',
      'lang="english"',
    );
    const meta = articleMetadata(doc, URL_);
    expect(meta).toEqual({
      title: 'alert(1)Headline',
      byline: 'Jane',
      siteName: 'Site',
      publishedTime: '',
      lang: 'en-GB',
      leadImage: 'https://news.example/fallback.jpg',
      excerpt: 'A dek x',
    });
    for (const value of Object.values(meta)) expect(value).not.toMatch(MARKUP);
  });

  it("is lang '' when neither the page nor JSON-LD has a valid tag", () => {
    expect(articleMetadata(page(ld({ '@type': 'Article', inLanguage: 'Bahasa' }), '<p>x</p>', 'lang="<x>"'), URL_).lang).toBe('');
  });
});

// ------------------------------------------------------------------------------------------- fixtures

interface PageEntry {
  file: string;
  url: string;
  title: string;
}
const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const index = JSON.parse(readFileSync(`${PAGES}index.json`, 'utf8')) as PageEntry[];
const load = (file: string) => {
  const e = index.find((x) => x.file === file)!;
  return { doc: new JSDOM(readFileSync(`${PAGES}${file}`, 'utf8'), { url: e.url }).window.document, entry: e };
};

describe('fixture pages', () => {
  it('seed.html: the NewsArticle of the @graph, with its publisher and image by @id', () => {
    const { doc, entry } = load('seed.html');
    expect(jsonLdArticle(doc, entry.url)).toMatchObject({
      type: 'NewsArticle',
      headline: entry.title,
      authors: ['Redaksi'],
      publisher: 'FAKTUAL-INDONESIA',
      datePublished: '2022-08-16T02:41:27+00:00',
      image: 'https://faktual-indonesia.example/wp-content/uploads/2022/08/putin-kim-surat.jpg',
      inLanguage: 'id',
    });
  });

  it('has no article JSON-LD on the non-article pages that carry JSON-LD', () => {
    for (const file of ['nonarticle-en-home.html', 'nonarticle-id-category.html', 'nonarticle-en-video.html', 'nonarticle-en-shop.html']) {
      const { doc, entry } = load(file);
      expect(jsonLdArticle(doc, entry.url), file).toBeNull();
    }
  });

  it.each([
    ['seed.html', 'Redaksi', '2022-08-16T02:41:27+00:00', 'FAKTUAL-INDONESIA', 'id-ID'],
    ['en-meridian-water-buyback.html', 'Caroline Ashby', '2024-03-12T04:30:00-04:00', 'The Meridian Post', 'en-US'],
    ['en-millbrook-bakery-reopens.html', 'Jen Albright', '2023-10-05T06:02:18-04:00', '', 'en-US'],
    ['en-pacificawire-chile-copper.html', 'Ana Ribeiro, Tomás Quiroga', '2024-05-21T14:12:09Z', 'Pacifica Wire', 'en'],
    ['id-kabarnusa-rob-demak.html', 'Dwi Prasetyo', '2023-12-04T13:27:00+07:00', 'KabarNusa', 'id'],
    ['id-jurnaljateng-kopi-temanggung.html', 'Nur Khasanah', '2024-02-14T15:12:03', '', 'id'],
    ['ms-beritasemenanjung-kuari.html', 'Nor Aziah Kamal', '2024-01-18T07:05:00+08:00', 'Berita Semenanjung', 'ms'],
    ['de-lahntal-starkregen.html', 'Miriam Kessel', '2024-05-17T06:00:00+02:00', 'Lahntal Rundschau', 'de'],
    ['es-heraldojiloca-escuela.html', 'Carmen Sancho', '2023-09-11T19:32:00', '', 'es'],
    ['fr-echofinistere-chantier-naval.html', 'Léna Morvan', '2024-01-23T18:45:00+01:00', 'L’Écho du Finistère', 'fr'],
  ])('%s: byline %j, published %j, site %j, lang %j', (file, author, published, site, lang) => {
    const { doc, entry } = load(file);
    const before = doc.documentElement.outerHTML;
    const meta = articleMetadata(doc, entry.url);
    expect(meta).toMatchObject({ byline: author, publishedTime: published, siteName: site, lang });
    if (meta.title !== undefined) expect(meta.title).toBe(entry.title);
    expect(meta.leadImage).toMatch(/^(https?:\/\/\S+)?$/);
    for (const value of Object.values(meta)) expect(value).not.toMatch(MARKUP);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('kabarnusa: the lead image comes from the JSON-LD ImageObject when there is no og:image', () => {
    const { doc, entry } = load('id-kabarnusa-rob-demak.html');
    expect(articleMetadata(doc, entry.url).leadImage).toBe('https://cdn.kabarnusa.example/images/2023/12/04/rob-demak-1_169.jpeg');
  });
});
