// @vitest-environment jsdom
// The panel of what was removed and its Show / Hide, on an article decluttered, marked and
// sanitized as the extension does it.
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withI18n } from '../helpers/with-i18n';
import type { Removal } from '../../../src/core/article';
import { declutterArticle, rulesFor } from '../../../src/core/declutter';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { groupRemovals } from '../../../src/ui/reader/removed/kinds';
import { RemovedPanel } from '../../../src/ui/reader/removed/RemovedPanel';
import { useRestoredBlocks } from '../../../src/ui/reader/removed/useRestoredBlocks';

const P1 = '<p>Pemerintah mengumumkan rencana baru untuk memperbaiki jalan di seluruh provinsi pada tahun depan, kata menteri.</p>';
const P2 = '<p>Anggaran untuk proyek itu mencapai beberapa triliun rupiah dan akan dibahas bersama dewan pekan depan.</p>';
const READ_ALSO = '<p>Baca juga: <a href="https://example.com/lain" onclick="alert(1)">Berita lain</a></p>';
const PAGE_AD: Removal = { rule: 'class:ad', snippet: 'Advertisement', pass: 'page' };

function extracted() {
  const root = document.createElement('div');
  root.innerHTML = `${P1}${READ_ALSO}${P2}`;
  const removed = [PAGE_AD, ...declutterArticle(root, rulesFor('id'))];
  const safe = (html: string) => sanitizeArticleHtml(html, window);
  return { removed, safeHtml: safe(root.innerHTML), safeRemoved: removed.map((r) => (r.html === undefined ? undefined : safe(r.html))) };
}

function Harness({ onClose, article }: { onClose: () => void; article: ReturnType<typeof extracted> }) {
  const { removed, safeHtml, safeRemoved } = article;
  const body = useRef<HTMLDivElement>(null);
  const restored = useRestoredBlocks(body, removed, safeRemoved, safeHtml);
  return (
    <div>
      <RemovedPanel
        id="removed" open groups={groupRemovals(removed)} shown={restored.shown}
        onToggle={restored.toggle} onShowAll={restored.showAll} onHideAll={restored.hideAll} onClose={onClose}
      />
      <div class="reader-body" ref={body} dangerouslySetInnerHTML={{ __html: safeHtml }} />
    </div>
  );
}

const setup = (locale = 'en') => {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  const onClose = vi.fn();
  act(() => render(withI18n(<Harness onClose={onClose} article={extracted()} />, locale), root));
  const body = root.querySelector<HTMLElement>('.reader-body')!;
  const click = (el: Element) => act(() => (el as HTMLElement).click());
  return { root, body, onClose, click };
};
const visibleText = (body: Element) => [...body.children].filter((el) => !el.hasAttribute('hidden')).map((el) => el.textContent).join('|');

afterEach(() => {
  render(null, document.getElementById('app') ?? document.body);
  document.body.innerHTML = '';
});

describe('RemovedPanel', () => {
  it('groups the removals by kind, each with its snippet; one that was never in the article has no Show, and the panel says why', () => {
    const { root } = setup();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Ads and “Advertisement” labels (1)', '“Read also” links (1)']);
    const [ad, readAlso] = [...root.querySelectorAll('.removed-entry')];
    expect(ad!.querySelector('.removed-snippet')?.textContent).toBe('Advertisement');
    expect(ad!.querySelector('button')).toBeNull();
    expect(root.querySelector('.removed-note')?.textContent).toContain('have no place in the article to go back to');
    expect(readAlso!.querySelector('button')?.getAttribute('aria-label')).toBe('Show “Baca juga: Berita lain”');
  });

  it('Show puts the block back between the paragraphs it stood between, sanitized; Hide takes it out again', () => {
    const { root, body, click } = setup();
    const before = visibleText(body);
    const toggle = root.querySelector('[data-removal="1"] button')!;
    click(toggle);
    const block = body.querySelector('.reader-restored')!;
    expect(block.textContent).toBe('Baca juga: Berita lain');
    // Right after its marker, which stands where the block stood.
    expect(block.previousElementSibling?.getAttribute('data-sift-removed')).toBe('0');
    expect(block.previousElementSibling?.previousElementSibling?.textContent).toContain('Pemerintah');
    expect(block.nextElementSibling?.textContent).toContain('Anggaran');
    const link = block.querySelector('a')!;
    expect(link.hasAttribute('onclick')).toBe(false);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Hide');
    click(toggle);
    expect(body.querySelector('.reader-restored')).toBeNull();
    expect(visibleText(body)).toBe(before);
    expect(toggle.textContent).toBe('Show');
  });

  it('Show all and Hide all', () => {
    const { root, body, click } = setup();
    const hideAll = root.querySelector<HTMLButtonElement>('.removed-hide-all')!;
    expect(hideAll.disabled).toBe(true);
    click(root.querySelector('.removed-show-all')!);
    expect(body.querySelectorAll('.reader-restored')).toHaveLength(1);
    expect(hideAll.disabled).toBe(false);
    click(hideAll);
    expect(body.querySelectorAll('.reader-restored')).toHaveLength(0);
  });

  it('speaks Indonesian, and Escape closes it without reaching the view', () => {
    const { root, onClose } = setup('id');
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('Yang dihapus');
    expect(root.querySelector('[data-removal="1"] button')?.textContent).toBe('Tampilkan');
    expect(root.querySelector('.removed-show-all')?.textContent).toBe('Tampilkan semua');
    const outer = vi.fn();
    document.addEventListener('keydown', outer);
    root.querySelector('[data-removal="1"] button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', outer);
    expect(onClose).toHaveBeenCalledOnce();
    expect(outer).not.toHaveBeenCalled();
  });
});
