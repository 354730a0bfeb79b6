import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, SCHEMA_VERSION, VERSION_KEY, createSettingsStore, type Settings } from '../../src/shared/settings';
import { fakeStorage } from './helpers/fake-storage';

describe('createSettingsStore', () => {
  it('load() on empty storage gives the defaults and no repairs', async () => {
    const { area, events } = fakeStorage();
    const { settings, repairs } = await createSettingsStore(area, events).load();
    expect(settings).toEqual(DEFAULTS);
    expect(repairs).toEqual([]);
  });

  it('save() stores only values that differ from the defaults, and writes schemaVersion', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    const saved = await store.save({ theme: 'dark', fontSize: DEFAULTS.fontSize });
    expect(data).toEqual({ theme: 'dark', [VERSION_KEY]: SCHEMA_VERSION });
    expect(saved).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect((await store.load()).settings.theme).toBe('dark');
  });

  it('save() of a value equal to its default removes it from storage', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    await store.save({ theme: 'sepia', showImages: false });
    expect(data.showImages).toBe(false);
    const saved = await store.save({ showImages: DEFAULTS.showImages });
    expect('showImages' in data).toBe(false);
    expect(data.theme).toBe('sepia');
    expect(saved.showImages).toBe(DEFAULTS.showImages);
  });

  it.each([
    ['fontSize', 99],
    ['fontSize', Number.NaN],
    ['theme', 'neon'],
    ['showImages', 'yes'],
  ])('save() rejects %s = %o with an Error naming the key and stores nothing', async (key, value) => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    const err = await store.save({ [key]: value } as Partial<Settings>).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(key);
    expect(data).toEqual({});
  });

  it('save() rejects an unknown key with an Error naming it', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    const patch = { fontColour: 'red' } as unknown as Partial<Settings>;
    await expect(store.save(patch)).rejects.toThrow(/fontColour/);
    await expect(store.save(patch)).rejects.toBeInstanceOf(Error);
    expect(data).toEqual({});
  });

  it('load() repairs a bad value written into storage', async () => {
    const { area, events } = fakeStorage('sync', { [VERSION_KEY]: SCHEMA_VERSION, theme: 'dark', fontSize: 500 });
    const { settings, repairs } = await createSettingsStore(area, events).load();
    expect(settings).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(repairs.map((r) => r.key)).toEqual(['fontSize']);
  });

  it('load() of unversioned storage migrates it: unknown keys dropped, schemaVersion written', async () => {
    const { area, events, data } = fakeStorage('sync', { theme: 'sepia', oldThing: 1 });
    const { settings } = await createSettingsStore(area, events).load();
    expect(settings).toEqual({ ...DEFAULTS, theme: 'sepia' });
    expect(data).toEqual({ theme: 'sepia', [VERSION_KEY]: SCHEMA_VERSION });
  });

  it('load() never throws when storage is unreadable', async () => {
    const { area, events } = fakeStorage();
    area.get = () => Promise.reject(new Error('quota'));
    const { settings, repairs } = await createSettingsStore(area, events).load();
    expect(settings).toEqual(DEFAULTS);
    expect(repairs).toHaveLength(1);
  });

  it('subscribe() fires with fresh settings after a change in sync, not for another area, and stops on unsubscribe', async () => {
    const fake = fakeStorage('sync', { [VERSION_KEY]: SCHEMA_VERSION });
    const store = createSettingsStore(fake.area, fake.events);
    const otherPage = createSettingsStore(fake.area, fake.events);
    const cb = vi.fn();
    const unsubscribe = store.subscribe(cb);

    await otherPage.save({ fontSize: 28 });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb).toHaveBeenLastCalledWith({ ...DEFAULTS, fontSize: 28 });

    fake.emit({ fontSize: { newValue: 30 } }, 'local');
    fake.emit({ theme: { newValue: 'dark' } }, 'managed');
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledTimes(1);

    unsubscribe();
    expect(fake.listeners.size).toBe(0);
    await otherPage.save({ fontSize: 14 });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('subscribe() fires when another page resets a value to its default, and ignores non-setting keys', async () => {
    const fake = fakeStorage('sync', { [VERSION_KEY]: SCHEMA_VERSION, theme: 'dark' });
    const store = createSettingsStore(fake.area, fake.events);
    const cb = vi.fn();
    store.subscribe(cb);
    await createSettingsStore(fake.area, fake.events).save({ theme: DEFAULTS.theme });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb).toHaveBeenLastCalledWith(DEFAULTS);

    fake.emit({ [VERSION_KEY]: { newValue: SCHEMA_VERSION } });
    fake.emit({ somethingElse: { newValue: 1 } });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('reset() removes every stored setting', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    await store.save({ theme: 'dark', fontSize: 30, autoMode: 'off' });
    expect(await store.reset()).toEqual(DEFAULTS);
    expect(Object.keys(data).filter((k) => k !== VERSION_KEY)).toEqual([]);
    expect((await store.load()).settings).toEqual(DEFAULTS);
  });

  it('load() drops a repaired bad value from storage, so it is reported once', async () => {
    const { area, events, data } = fakeStorage('sync', { [VERSION_KEY]: SCHEMA_VERSION, fontSize: 'huge', theme: 'dark' });
    const store = createSettingsStore(area, events);
    expect((await store.load()).repairs.map((r) => r.key)).toEqual(['fontSize']);
    expect('fontSize' in data).toBe(false);
    expect(data.theme).toBe('dark');
    expect((await store.load()).repairs).toEqual([]);
  });

  it('subscribe() reports one change once, even when loading rewrites unversioned storage', async () => {
    const fake = fakeStorage('sync', { theme: 'sepia' });
    const store = createSettingsStore(fake.area, fake.events);
    const cb = vi.fn();
    store.subscribe(cb);
    fake.data.fontSize = 24;
    fake.emit({ fontSize: { newValue: 24 } });
    await vi.waitFor(() => expect(cb).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenLastCalledWith({ ...DEFAULTS, theme: 'sepia', fontSize: 24 });
  });
});
