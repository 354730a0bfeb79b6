// The undo time of "Not an article" (src/background/pending-rule.ts): nothing is saved while the
// Undo is offered, the rule is saved and the view closed when the time runs out, Undo drops it, and
// a view that goes another way saves it at once. Fake timers; the delay is the test's own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPendingActions, UNDO_MS } from '../../src/background/pending-rule';

const DELAY = 1000;

function recorder() {
  const events: string[] = [];
  const action = (name: string) => ({
    commit: async () => { events.push(`commit ${name}`); },
    expire: async () => { events.push(`expire ${name}`); },
  });
  return { events, action };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('pending actions with an undo time', () => {
  it('the product offers Undo for 10 seconds', () => {
    expect(UNDO_MS).toBe(10_000);
  });

  it('does nothing before the time runs out, then commits and expires once', async () => {
    const { events, action } = recorder();
    const pending = createPendingActions(DELAY);
    await pending.start(7, action('a'));
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['commit a', 'expire a']);
    await vi.advanceTimersByTimeAsync(DELAY * 5);
    expect(events).toEqual(['commit a', 'expire a']);
  });

  it('Undo within the time drops the action: nothing is committed, ever', async () => {
    const { events, action } = recorder();
    const pending = createPendingActions(DELAY);
    await pending.start(7, action('a'));
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    expect(pending.undo(7)).toBe(true);
    await vi.advanceTimersByTimeAsync(DELAY * 5);
    expect(events).toEqual([]);
    // Settling afterwards (the view then closes) finds nothing to save.
    await pending.settle(7);
    expect(events).toEqual([]);
  });

  it('Undo after the time ran out is too late and says so', async () => {
    const { events, action } = recorder();
    const pending = createPendingActions(DELAY);
    await pending.start(7, action('a'));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(pending.undo(7)).toBe(false);
    expect(events).toEqual(['commit a', 'expire a']);
  });

  it('settling (the view closed first) commits at once, without the expiry, and only once', async () => {
    const { events, action } = recorder();
    const pending = createPendingActions(DELAY);
    await pending.start(7, action('a'));
    await pending.settle(7);
    expect(events).toEqual(['commit a']);
    await pending.settle(7);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(events).toEqual(['commit a']);
  });

  it('keeps tabs apart, and a second start in a tab settles the first', async () => {
    const { events, action } = recorder();
    const pending = createPendingActions(DELAY);
    await pending.start(1, action('one'));
    await pending.start(2, action('two'));
    pending.undo(2);
    await pending.start(1, action('again'));
    expect(events).toEqual(['commit one']);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(events).toEqual(['commit one', 'commit again', 'expire again']);
  });
});
