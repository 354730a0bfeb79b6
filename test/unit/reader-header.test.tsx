// The reading view's header (site, title, byline, date, reading time, word count) and its lead image,
// rendered as the reader page renders them, in English and Indonesian.
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article';
import { DEFAULTS, type Settings } from '../../src/shared/settings';
import { ReaderView } from '../../src/ui/reader/ReaderView';
import { bodyShowsImage } from '../../src/core/extract/lead-figure';
import { withI18n } from './helpers/with-i18n';

const none = () => undefined;
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

const ARTICLE: Article = {
  url: 'https://berita.example/2022/08/16/rudal', title: 'Korea Utara meluncurkan rudal', byline: 'Budi Santoso',
  siteName: 'Berita Contoh', publishedTime: '2022-08-16T00:30:00+07:00', lang: 'id', dir: 'ltr', excerpt: '',
  leadImage: '', leadInBody: false, html: '<p>Isi artikel.</p>', text: words(1234), wordCount: 1234, removed: [],
};

function view(article: Partial<Article>, locale = 'en', settings: Partial<Settings> = {}) {
  const full = { ...ARTICLE, ...article };
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = window.document.getElementById('app')!;
  render(withI18n(
    <ReaderView
      article={full} safeHtml={full.html} settings={{ ...DEFAULTS, ...settings }} onClose={none} onNotArticle={none} onChange={none}
      recognize={() => Promise.resolve({ entities: [], mentions: [] })}
    />, locale), root);
  const meta = [...root.querySelectorAll('.reader-meta > bdi')].map((el) => el.textContent);
  return { root, meta, lead: root.querySelectorAll('.reader-lead'), cleanup: () => render(null, root) };
}

describe('the standfirst', () => {
  const EXCERPT = 'Peluncuran kedua dalam sepekan, kata militer Korea Selatan';
  const standfirstOf = (article: Partial<Article>) => {
    const { root, cleanup } = view(article);
    const shown = root.querySelector('.reader-header .reader-standfirst')?.textContent ?? null;
    cleanup();
    return shown;
  };

  it('shows under the headline the summary line extraction took out of the body', () => {
    expect(standfirstOf({ excerpt: EXCERPT, removed: [{ rule: 'standfirst', snippet: EXCERPT, pass: 'article', at: 0 }] })).toBe(EXCERPT);
  });

  it('is not shown where the body kept it, or where there is none', () => {
    expect(standfirstOf({ excerpt: EXCERPT })).toBeNull();
    expect(standfirstOf({ excerpt: EXCERPT, removed: [{ rule: 'byline-line', snippet: 'Oleh Budi', pass: 'article', at: 0 }] })).toBeNull();
    expect(standfirstOf({ excerpt: '', removed: [{ rule: 'standfirst', snippet: EXCERPT, pass: 'article', at: 0 }] })).toBeNull();
  });
});

describe('the header\'s meta line', () => {
  it('shows byline, the article\'s own date, reading time and word count in English', () => {
    const { meta, root, cleanup } = view({});
    // 1,234 Indonesian words at the table's 180 a minute: 7 minutes. Half past midnight in Jakarta is the 16th.
    expect(meta).toEqual(['Budi Santoso', 'August 16, 2022', '7 min read', '1,234 words']);
    expect(root.querySelector('.reader-site')?.textContent).toBe('Berita Contoh');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2022-08-16T00:30:00+07:00');
    cleanup();
  });

  it('speaks Indonesian with its own digit grouping', () => {
    const { meta, cleanup } = view({}, 'id');
    expect(meta).toEqual(['Budi Santoso', '16 Agustus 2022', '7 menit baca', '1.234 kata']);
    cleanup();
  });

  it('uses the singular where the language has one, and leaves out a count of nothing', () => {
    const one = view({ text: 'Satu', wordCount: 1 });
    expect(one.meta).toContain('1 word');
    one.cleanup();
    const empty = view({ text: '', wordCount: 0, byline: '', publishedTime: '' });
    expect(empty.meta).toEqual(['1 min read']);
    empty.cleanup();
  });

  it('times a Chinese article by its characters', () => {
    const text = '中国的首都是北京。'.repeat(300); // 2,400 Han characters at 255 a minute
    const { meta, cleanup } = view({ lang: 'zh-CN', text, wordCount: 1500 });
    expect(meta).toContain('9 min read');
    cleanup();
  });
});

describe('the lead image', () => {
  const LEAD = 'https://berita.example/wp-content/uploads/2022/08/rudal-1200x630.jpg';
  const body = (html: string) => {
    const root = new JSDOM('<!doctype html><body></body>').window.document.createElement('div');
    root.innerHTML = html;
    return root;
  };

  it('is shown above a body without it, and not when extraction found it in the body', () => {
    const shown = view({ leadImage: LEAD });
    expect(shown.lead).toHaveLength(1);
    expect(shown.lead[0]?.getAttribute('src')).toBe(LEAD);
    shown.cleanup();
    const inBody = view({ leadImage: LEAD, leadInBody: true, html: '<p><img src="https://berita.example/wp-content/uploads/2022/08/rudal-696x392.jpg"></p>' });
    expect(inBody.lead).toHaveLength(0);
    expect(inBody.root.querySelectorAll('img')).toHaveLength(1);
    inBody.cleanup();
  });

  it('the body shows it when it has the same photo in another size, in src or srcset', () => {
    for (const html of [
      '<figure><img src="https://berita.example/wp-content/uploads/2022/08/rudal-696x392.jpg"><figcaption>Rudal</figcaption></figure>',
      '<p><img src="https://berita.example/wp-content/uploads/2022/08/rudal.jpg?resize=800%2C450&amp;ssl=1" alt="a > b"></p>',
      '<p><img src="https://berita.example/x.gif" srcset="https://berita.example/wp-content/uploads/2022/08/rudal-300x169.jpg 300w"></p>',
    ]) expect(bodyShowsImage(body(html), LEAD, ARTICLE.url), html).toBe(true);
  });

  it('the body does not show it when it only links to it, or shows another photo', () => {
    const linked = `<p><a href="${LEAD}">Foto lengkap</a></p><p><img src="https://berita.example/wp-content/uploads/2022/08/peta-696x392.jpg"></p>`;
    expect(bodyShowsImage(body(linked), LEAD, ARTICLE.url)).toBe(false);
  });

  it('is not shown when images are off', () => {
    const { lead, cleanup } = view({ leadImage: LEAD }, 'en', { showImages: false });
    expect(lead).toHaveLength(0);
    cleanup();
  });
});
