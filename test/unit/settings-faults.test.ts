// The settings store against what storage does when it is not kind: a newer version's data, a value over
// storage.sync's per-item quota, a burst of writes over its per-minute limit, a refused write, and repairs
// that the first page to load makes before the options page can show them.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, SCHEMA_VERSION, VERSION_KEY, createSettingsStore, type Settings } from '../../src/shared/settings';
import { SYNC_ITEM_BYTES } from '../../src/shared/settings/notes';
import type { Timers } from '../../src/shared/settings/write-queue';
import { fakeStorage } from './helpers/fake-storage';

/** storage.sync's limits, enforced as Chrome does: an item over 8,192 bytes and a 121st write in a minute fail. */
function strictSync(initial: Record<string, unknown> = {}, clock = () => Date.now()) {
  const fake = fakeStorage('sync', initial);
  const writes: number[] = [];
  const { set, remove } = fake.area;
  const counted = async () => {
    const now = clock();
    writes.push(now);
    if (writes.filter((t) => t > now - 60_000).length > 120) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
  };
  fake.area.set = async (items) => {
    await counted();
    for (const [k, v] of Object.entries(items)) {
      if (new TextEncoder().encode(k + JSON.stringify(v)).length > SYNC_ITEM_BYTES) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    return set(items);
  };
  fake.area.remove = async (keys) => {
    await counted();
    return remove(keys);
  };
  return { ...fake, writes };
}

/** A clock the test moves by hand. */
function manualTimers() {
  let now = 0;
  let queue: { at: number; fn: () => void }[] = [];
  const timers: Timers = { now: () => now, setTimeout: (fn, ms) => void queue.push({ at: now + ms, fn }) };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      await settle();
      const due = queue.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      queue = queue.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = end;
    await settle();
  }
  return { timers, advance, now: () => now };
}

const manyRules = (n: number): Settings['siteRules'] => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a-rather-long-regional-news-site-name-${i}.example.co.id`, 'always' as const]));

describe('a newer schema version in storage', () => {
  const future = { [VERSION_KEY]: SCHEMA_VERSION + 5, theme: 'midnight', fontSize: 22, laterSetting: { on: true } };

  it('is read for what this version understands and left exactly as it is', async () => {
    const sync = fakeStorage('sync', future);
    const loaded = await createSettingsStore(sync.area, sync.events).load();
    expect(loaded.future).toBe(true);
    expect(loaded.settings).toEqual({ ...DEFAULTS, fontSize: 22 });
    expect(sync.data).toEqual(future);
  });

  it('keeps its version number and unknown values when this version saves a change', async () => {
    const sync = fakeStorage('sync', future);
    await createSettingsStore(sync.area, sync.events).save({ fontSize: 24 });
    expect(sync.data).toEqual({ ...future, fontSize: 24 });
  });
});

describe('a setting over the sync item quota', () => {
  it('is kept in storage.local with a note, and goes back to sync once it fits', async () => {
    const sync = strictSync();
    const local = fakeStorage('local');
    const store = createSettingsStore(sync.area, sync.events, 'sync', { local: local.area, writeIntervalMs: 0 });
    const big = manyRules(140);
    expect(JSON.stringify(big).length).toBeGreaterThan(SYNC_ITEM_BYTES);

    const saved = await store.save({ siteRules: big });
    expect(saved.siteRules).toEqual(big);
    expect('siteRules' in sync.data).toBe(false);
    expect(local.data.siteRules).toEqual(big);
    const loaded = await store.load();
    expect(loaded.settings.siteRules).toEqual(big);
    expect(loaded.spilled).toEqual(['siteRules']);

    const small = manyRules(3);
    await store.save({ siteRules: small });
    expect(sync.data.siteRules).toEqual(small);
    expect('siteRules' in local.data).toBe(false);
    expect((await store.load()).spilled).toEqual([]);
  });

  it('is refused with the browser\'s error when there is no local area to hold it', async () => {
    const sync = strictSync();
    const store = createSettingsStore(sync.area, sync.events, 'sync', { writeIntervalMs: 0 });
    await expect(store.save({ siteRules: manyRules(140) })).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);
  });
});

describe('a burst of writes', () => {
  it('is coalesced under 120 writes a minute, every caller settles, and the last value is stored', async () => {
    const clock = manualTimers();
    const sync = strictSync({}, clock.now);
    const store = createSettingsStore(sync.area, sync.events, 'sync', { timers: clock.timers });
    const results: Promise<Settings>[] = [];
    // A slider dragged for a minute: a value every 50 ms.
    for (let i = 0; i < 1200; i++) {
      results.push(store.save({ fontSize: 12 + (i % 25) }));
      await clock.advance(50);
    }
    await clock.advance(2000);
    const settled = await Promise.allSettled(results);
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(sync.data.fontSize ?? DEFAULTS.fontSize).toBe(12 + (1199 % 25));
    const perMinute = Math.max(...sync.writes.map((t) => sync.writes.filter((u) => u > t - 60_000 && u <= t).length));
    expect(perMinute).toBeLessThanOrEqual(120);
  });

  it('rejects the callers whose values a failed write carried', async () => {
    const sync = fakeStorage('sync');
    sync.area.set = () => Promise.reject(new Error('disk full'));
    const store = createSettingsStore(sync.area, sync.events, 'sync', { writeIntervalMs: 0 });
    await expect(store.save({ theme: 'dark' })).rejects.toThrow('disk full');
  });
});

describe('repairs made by another page', () => {
  const broken = { [VERSION_KEY]: SCHEMA_VERSION, fontSize: 500, siteRules: { 'good.example': 'always', 'bad site': 'always' } };

  it('are still shown by the options page, once, and say which values were partly kept', async () => {
    const sync = fakeStorage('sync', broken);
    const local = fakeStorage('local');
    const popup = createSettingsStore(sync.area, sync.events, 'sync', { local: local.area });
    const first = await popup.load();
    expect(first.settings.siteRules).toEqual({ 'good.example': 'always' });
    expect(first.repairs.map((r) => [r.key, r.kept])).toEqual([['fontSize', false], ['siteRules', true]]);

    const options = createSettingsStore(sync.area, sync.events, 'sync', { local: local.area });
    const later = await options.load();
    expect(later.repairs.map((r) => [r.key, r.kept])).toEqual([['fontSize', false], ['siteRules', true]]);
    expect(sync.data).toEqual({ [VERSION_KEY]: SCHEMA_VERSION, siteRules: { 'good.example': 'always' } });

    await options.clearNotes();
    expect((await options.load()).repairs).toEqual([]);
  });
});
