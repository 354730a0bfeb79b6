// @vitest-environment jsdom
// The ⋯ menu's export items in the reading view: four items in the interface's language, each
// asking the page shell for its export, and a short confirmation (or the failure) in a status region.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article';
import { DEFAULTS } from '../../src/shared/settings';
import { ReaderView } from '../../src/ui/reader/ReaderView';
import type { ExportArticle } from '../../src/ui/reader/export/useExport';
import { withI18n } from './helpers/with-i18n';

const ARTICLE: Article = {
  url: 'https://berita.example/a', title: 'Judul', byline: '', siteName: '', publishedTime: '', lang: 'id', dir: 'ltr', excerpt: '',
  leadImage: '', leadInBody: false, html: '<p>Isi.</p>', text: 'Isi.', wordCount: 1, removed: [],
};
const none = () => undefined;

function mount(onExport: ExportArticle | undefined, locale = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(withI18n(
    <ReaderView
      article={ARTICLE} safeHtml={ARTICLE.html} settings={DEFAULTS} onClose={none} onNotArticle={none} onPrint={none} onChange={none}
      recognize={() => Promise.resolve({ entities: [], mentions: [] })} onExport={onExport}
    />, locale), root));
  const items = () => [...root.querySelectorAll<HTMLButtonElement>('#reader-menu [role="menuitem"]')];
  const status = () => root.querySelector('.reader-export-status[role="status"]')!;
  return { root, items, status };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('export in the ⋯ menu', () => {
  it('lists copy and save between "Not an article" and Print', () => {
    const { items } = mount(() => Promise.resolve());
    expect(items().map((b) => b.textContent)).toEqual(['Not an article', 'Copy as text', 'Copy as Markdown', 'Save as Markdown', 'Save as HTML', 'Print']);
  });

  it('speaks Indonesian under the Indonesian translator', () => {
    const { items } = mount(() => Promise.resolve(), 'id');
    expect(items().slice(1, 5).map((b) => b.textContent)).toEqual(['Salin sebagai teks', 'Salin sebagai Markdown', 'Simpan sebagai Markdown', 'Simpan sebagai HTML']);
  });

  it('has no export items without an exporter', () => {
    const { items } = mount(undefined);
    expect(items().map((b) => b.className)).toEqual(['reader-not-article', 'reader-print']);
  });

  it('asks for each kind and says "Copied" or "Saved" in the status region, then clears it', async () => {
    vi.useFakeTimers();
    const onExport = vi.fn<ExportArticle>(() => Promise.resolve());
    const { items, status } = mount(onExport);
    const said: string[] = [];
    for (const index of [1, 2, 3, 4]) {
      await act(async () => {
        items()[index]!.click();
        await Promise.resolve();
      });
      said.push(status().textContent ?? '');
    }
    expect(onExport.mock.calls.map(([kind]) => kind)).toEqual(['copy-text', 'copy-markdown', 'save-markdown', 'save-html']);
    expect(said).toEqual(['Copied', 'Copied', 'Saved', 'Saved']);
    await act(async () => { vi.advanceTimersByTime(5000); });
    expect(status().textContent).toBe('');
  });

  it('says so when copying fails', async () => {
    const { items, status } = mount(() => Promise.reject(new Error('denied')), 'id');
    await act(async () => {
      items()[2]!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(status().textContent).toBe('Artikel tidak dapat disalin atau disimpan');
  });
});
