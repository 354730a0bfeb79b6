// Every page of the interface, rendered in each language: the words come from that language's
// locale file and none from the other's. (The e2e suite checks the same in Chromium itself.)
import { JSDOM } from 'jsdom';
import { render, type ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { DEFAULTS } from '../../../src/shared/settings';
import { titleFor } from '../../../src/background/action-title';
import { Options } from '../../../src/ui/options/Options';
import { Popup } from '../../../src/ui/popup/Popup';
import { Message } from '../../../src/ui/reader/Message';
import { ReaderView } from '../../../src/ui/reader/ReaderView';
import { i18nFor, leaksOf } from '../helpers/i18n';
import { withI18n } from '../helpers/with-i18n';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const none = () => undefined;

const ARTICLE: Article = {
  url: 'https://berita.example/2022/08/10/rudal', title: 'Korea Utara meluncurkan rudal', byline: 'Budi Santoso',
  siteName: 'Berita Contoh', publishedTime: '2022-08-10T10:00:00+07:00', lang: 'id', dir: 'ltr', excerpt: '',
  leadImage: '', leadInBody: false, html: '<p>Isi artikel.</p>', text: 'Isi artikel.', wordCount: 1200, removed: [],
};

function screens(): Record<string, ComponentChildren> {
  return {
    popup: <Popup
      status={{ state: 'no-article', note: { key: 'note_noArticle' } }} settings={{ ...DEFAULTS, siteRules: { 'berita.example': 'always' } }}
      page={{ site: 'berita.example', kind: 'news' }} hostAccess={false}
      onToggle={none} onChange={none} onSiteRule={none} onGrantAccess={none} onOpenOptions={none}
    />,
    options: <Options
      settings={DEFAULTS} repairs={[{ key: 'fontSize', value: 'x', reason: 'invalid', kept: false }, { key: 'theme', value: 1, reason: 'invalid', kept: false }, { key: 'siteRules', value: 1, reason: 'invalid', kept: true }]}
      spilled={['siteRules']} future saveError="QUOTA_BYTES_PER_ITEM"
      saved hostAccess={false} onChange={none} onReset={none} onGrantAccess={none} onRevokeAccess={none}
    />,
    'options with access': <Options settings={DEFAULTS} repairs={[]} saved={false} hostAccess onChange={none} onReset={none} onGrantAccess={none} onRevokeAccess={none} />,
    view: <ReaderView
      article={ARTICLE} safeHtml={ARTICLE.html} settings={DEFAULTS} onClose={none} onNotArticle={none} onChange={none}
      recognize={() => Promise.resolve({ entities: [], mentions: [] })}
    />,
    message: <Message text="" onClose={none} />,
  };
}

/** What a person sees or hears of a page: its text and the attributes read out or shown. */
async function visible(tree: ComponentChildren, locale: string): Promise<string[]> {
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = window.document.getElementById('app')!;
  render(withI18n(tree, locale), root);
  await tick();
  const texts: string[] = [];
  const walker = window.document.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) texts.push(node.textContent.trim());
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value?.trim()) texts.push(value.trim());
    }
  }
  render(null, root);
  return texts;
}

describe.each([['id', 'en'], ['en', 'id']])('the interface in %s', (locale, other) => {
  it.each(Object.keys(screens()))('the %s shows no word of the other language', async (name) => {
    const texts = await visible(screens()[name], locale);
    expect(texts.length).toBeGreaterThan(0);
    expect(leaksOf(texts, locale, other)).toEqual([]);
  });

  it('the toolbar button\'s tooltips are in the language too', () => {
    const ui = i18nFor(locale);
    const titles = [
      titleFor({ state: 'idle' }, { site: null, kind: null }, ui),
      titleFor({ state: 'open' }, { site: 'a.example', kind: 'news' }, ui),
      titleFor({ state: 'idle' }, { site: 'a.example', kind: 'none' }, ui),
      titleFor({ state: 'restricted', note: { key: 'note_cannotRunBecause', detail: 'Cannot access contents' } }, { site: null, kind: null }, ui),
    ];
    expect(leaksOf(titles, locale, other)).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('the Indonesian interface reads as Indonesian', () => {
  it('the view\'s toolbar and meta line', async () => {
    const texts = await visible(screens().view, 'id');
    expect(texts).toEqual(expect.arrayContaining(['Tutup tampilan baca', 'Perbesar teks', 'Nama', 'Bukan artikel', '7 menit baca', '1.200 kata', '10 Agustus 2022', 'Halaman asli']));
  });

  it('the English one in English, with the plural the count needs', async () => {
    const texts = await visible(screens().view, 'en');
    expect(texts).toEqual(expect.arrayContaining(['Close reading view', 'Larger text', 'Names', 'Not an article', '7 min read', '1,200 words', 'August 10, 2022', 'Original page']));
    const one = await visible(<ReaderView {...(screens().view as { props: object }).props as Parameters<typeof ReaderView>[0]} article={{ ...ARTICLE, wordCount: 100 }} />, 'en');
    expect(one).toContain('1 min read');
  });

  it('options name the repaired settings by their labels, as a list of the language', async () => {
    expect((await visible(screens().options, 'id')).join(' ')).toContain('Ukuran huruf dan Tema');
    expect((await visible(screens().options, 'en')).join(' ')).toContain('Font size and Theme');
  });
});
