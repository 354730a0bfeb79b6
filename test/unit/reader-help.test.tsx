// @vitest-environment jsdom
// The `?` help dialog and the reading-progress bar, rendered as the reader page renders them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withI18n } from './helpers/with-i18n';
import { HelpOverlay } from '../../src/ui/reader/HelpOverlay';
import { ProgressBar, scrolledPercent } from '../../src/ui/reader/ProgressBar';
import { SHORTCUTS } from '../../src/ui/reader/keys';

const app = () => {
  document.body.innerHTML = '<button id="before">before</button><div id="app"></div>';
  return document.getElementById('app')!;
};

afterEach(() => {
  render(null, document.getElementById('app') ?? document.body);
  document.body.innerHTML = '';
});

describe('HelpOverlay', () => {
  const show = (open: boolean, onClose = vi.fn(), locale = 'en') => {
    const root = app();
    act(() => render(withI18n(<HelpOverlay open={open} onClose={onClose} />, locale), root));
    return { root, onClose };
  };

  it('is a labelled modal dialog listing every shortcut key', () => {
    const { root } = show(true);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Keyboard shortcuts');
    const keys = [...dialog.querySelectorAll('kbd')].map((k) => k.textContent);
    for (const key of SHORTCUTS.flatMap((s) => s.keys)) expect(keys).toContain(key);
    expect(keys).toEqual(expect.arrayContaining(['Esc', 'Ctrl+P']));
    // One row per shortcut, and one each for Esc, Ctrl+P, the scrolling keys and Tab.
    expect(dialog.querySelectorAll('tr')).toHaveLength(SHORTCUTS.length + 4);
    expect(dialog.textContent).toContain('Next theme');
  });

  it('speaks Indonesian in an Indonesian browser', () => {
    const { root } = show(true, vi.fn(), 'id');
    expect(root.querySelector('h2')?.textContent).toBe('Pintasan papan ketik');
    expect(root.textContent).toContain('Tema berikutnya');
    expect(root.textContent).not.toContain('Next theme');
  });

  it('renders nothing while closed', () => {
    expect(show(false).root.innerHTML).toBe('');
  });

  it('takes focus when it opens and gives it back when it closes', () => {
    const root = app();
    document.getElementById('before')!.focus();
    act(() => render(withI18n(<HelpOverlay open onClose={() => undefined} />), root));
    expect(document.activeElement?.className).toBe('reader-help-close');
    act(() => render(withI18n(<HelpOverlay open={false} onClose={() => undefined} />), root));
    expect(document.activeElement?.id).toBe('before');
  });

  it('closes on Escape, and the key goes no further (the view stays open)', () => {
    const { root, onClose } = show(true);
    const reachedDocument = vi.fn();
    document.addEventListener('keydown', reachedDocument);
    root.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.removeEventListener('keydown', reachedDocument);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(reachedDocument).not.toHaveBeenCalled();
  });

  it('closes from its × button and from a click on the backdrop, not from a click inside', () => {
    const { root, onClose } = show(true);
    (root.querySelector('.reader-help h2') as HTMLElement).click();
    expect(onClose).not.toHaveBeenCalled();
    (root.querySelector('.reader-help-close') as HTMLElement).click();
    (root.querySelector('.reader-help-backdrop') as HTMLElement).click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('ProgressBar', () => {
  it('computes the share scrolled; a page that does not scroll is read through', () => {
    expect(scrolledPercent(0, 3000, 1000)).toBe(0);
    expect(scrolledPercent(1000, 3000, 1000)).toBe(50);
    expect(scrolledPercent(2000, 3000, 1000)).toBe(100);
    expect(scrolledPercent(2500, 3000, 1000)).toBe(100);
    expect(scrolledPercent(0, 800, 1000)).toBe(100);
  });

  it('is a named progressbar from 0 to 100', () => {
    const root = app();
    act(() => render(withI18n(<ProgressBar />, 'id'), root));
    const bar = root.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Kemajuan membaca');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
  });
});
