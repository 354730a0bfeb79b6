// @vitest-environment jsdom
// The view's honest pages: the notice on a page that is not an article ("Show anyway"), and the
// Undo toast of "Not an article" (a status live region whose Undo takes and gives back the focus).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withI18n } from './helpers/with-i18n';
import { NotArticleNotice } from '../../src/ui/reader/NotArticleNotice';
import { Toast } from '../../src/ui/reader/Toast';

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NotArticleNotice', () => {
  it('says the page does not look like an article, with Show anyway focused and Close beside it', () => {
    const onShowAnyway = vi.fn();
    const onClose = vi.fn();
    const root = mount();
    act(() => render(withI18n(<NotArticleNotice onShowAnyway={onShowAnyway} onClose={onClose} />), root));
    const main = root.querySelector('main')!;
    expect(main.getAttribute('aria-labelledby')).toBe(root.querySelector('h1')!.id);
    expect(root.querySelector('h1')!.textContent).toBe("This page doesn't look like an article");
    const [show, close] = [...root.querySelectorAll('button')];
    expect(show!.textContent).toBe('Show anyway');
    expect(document.activeElement).toBe(show);
    show!.click();
    expect(onShowAnyway).toHaveBeenCalledTimes(1);
    close!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('speaks Indonesian under the Indonesian translator', () => {
    const root = mount();
    act(() => render(withI18n(<NotArticleNotice onShowAnyway={() => undefined} onClose={() => undefined} />, 'id'), root));
    expect(root.querySelector('h1')!.textContent).toBe('Halaman ini tampaknya bukan artikel');
    expect(root.querySelector('.reader-show-anyway')!.textContent).toBe('Tetap tampilkan');
    expect(root.textContent).not.toMatch(/article|Show anyway/);
  });
});

describe('Toast', () => {
  const draw = (root: HTMLElement, text: string | undefined, onAction = () => undefined) =>
    act(() => render(withI18n(<Toast text={text} actionLabel="Undo" onAction={onAction} />), root));

  it('is a status live region before its text comes, and shows nothing then', () => {
    const root = mount();
    draw(root, undefined);
    const region = root.querySelector('[role="status"]')!;
    expect(region).not.toBeNull();
    expect(region.childElementCount).toBe(0);
  });

  it('shows its text in the same region, moves the focus to its button, and gives it back when it goes', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const root = mount();
    const onAction = vi.fn();
    draw(root, undefined, onAction);
    const region = root.querySelector('[role="status"]')!;
    draw(root, 'Marked.', onAction);
    expect(root.querySelector('[role="status"]')).toBe(region);
    expect(region.querySelector('p')!.textContent).toBe('Marked.');
    const undo = region.querySelector('button')!;
    expect(undo.textContent).toBe('Undo');
    expect(document.activeElement).toBe(undo);
    undo.click();
    expect(onAction).toHaveBeenCalledTimes(1);
    draw(root, undefined, onAction);
    expect(region.childElementCount).toBe(0);
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus alone when it has gone elsewhere before the toast goes', () => {
    const opener = document.createElement('button');
    const other = document.createElement('input');
    document.body.append(opener, other);
    opener.focus();
    const root = mount();
    draw(root, 'Marked.');
    other.focus();
    draw(root, undefined);
    expect(document.activeElement).toBe(other);
  });
});
