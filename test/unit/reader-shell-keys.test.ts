// @vitest-environment jsdom
// The reader page's own keys (src/ui/reader/shell-keys.ts): Escape closes on keyup, an open layer
// first; Ctrl+P prints the view instead of the page.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { listenForShellKeys } from '../../src/ui/reader/shell-keys';

function page(html = '') {
  const { window } = new JSDOM(`<!doctype html><html><body>${html}</body></html>`);
  const close = vi.fn();
  const print = vi.fn();
  listenForShellKeys(window.document, { close, print });
  const key = (type: 'keydown' | 'keyup', init: KeyboardEventInit, target: EventTarget = window.document.body) => {
    const event = new window.KeyboardEvent(type, { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  };
  return { document: window.document, close, print, key };
}

describe('listenForShellKeys', () => {
  it('closes the view when Escape comes up, not when it goes down', () => {
    const { close, key } = page();
    expect(key('keydown', { key: 'Escape' }).defaultPrevented).toBe(true);
    expect(close).not.toHaveBeenCalled();
    key('keyup', { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('does not close on a keyup whose keydown a layer kept for itself', () => {
    const { document, close, key } = page('<div id="layer"><button>x</button></div>');
    document.getElementById('layer')!.addEventListener('keydown', (e) => e.stopPropagation());
    key('keydown', { key: 'Escape' }, document.querySelector('button')!);
    key('keyup', { key: 'Escape' }, document.querySelector('button')!);
    expect(close).not.toHaveBeenCalled();
  });

  it('closes a layer left open (its button says expanded) before the view, and focuses its button', () => {
    const { document, close, key } = page('<button aria-expanded="true" aria-controls="panel">Names</button><aside id="panel"></aside>');
    const toggle = document.querySelector('button')!;
    toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', 'false'));
    key('keydown', { key: 'Escape' });
    key('keyup', { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(close).not.toHaveBeenCalled();
    key('keydown', { key: 'Escape' });
    key('keyup', { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('turns Ctrl+P and Cmd+P into printing the view, and leaves other keys alone', () => {
    const { print, key } = page();
    expect(key('keydown', { key: 'p', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(key('keydown', { key: 'p', metaKey: true }).defaultPrevented).toBe(true);
    expect(print).toHaveBeenCalledTimes(2);
    expect(key('keydown', { key: 'p' }).defaultPrevented).toBe(false);
    expect(key('keydown', { key: 'r', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(print).toHaveBeenCalledTimes(2);
  });
});
