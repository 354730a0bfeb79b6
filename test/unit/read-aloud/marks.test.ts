// @vitest-environment jsdom
// The paragraph read is marked alone and followed; with less motion asked for, without a glide.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markParagraph } from '../../../src/ui/reader/read-aloud/marks';

function blocks(): HTMLElement[] {
  document.body.innerHTML = '<p>One</p><p>Two</p><p>Three</p>';
  return [...document.querySelectorAll('p')];
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('markParagraph', () => {
  it('marks one paragraph at a time and clears the mark with -1', () => {
    const all = blocks();
    markParagraph(all, 1, false);
    expect(all.map((p) => p.classList.contains('read-aloud-current'))).toEqual([false, true, false]);
    markParagraph(all, 2, false);
    expect(all.map((p) => p.classList.contains('read-aloud-current'))).toEqual([false, false, true]);
    markParagraph(all, -1, false);
    expect(document.querySelector('.read-aloud-current')).toBeNull();
  });

  it.each([[false, 'smooth'], [true, 'auto']])('scrolls the paragraph into view while reading (reduced motion: %s → %s)', (reduce, behavior) => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));
    const all = blocks();
    const scroll = vi.fn();
    all[1]!.scrollIntoView = scroll;
    markParagraph(all, 1, true);
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', behavior });
    scroll.mockClear();
    markParagraph(all, 1, false);
    expect(scroll).not.toHaveBeenCalled();
  });
});
