import { DEFAULTS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import { migrate, SCHEMA_VERSION, type RawSettings } from './migrations';
import { isValidSetting, repairSettings, type Repair } from './validate';
import { createWriteQueue, REAL_TIMERS, type Timers } from './write-queue';
import { fitsSyncItem, NOTES_KEY, readNotes, type SettingsNote } from './notes';

export const VERSION_KEY = 'schemaVersion';
export type { SettingsNote };

/** The slice of storage.StorageArea / storage.onChanged this module needs; tests pass a fake. */
export interface SettingsArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
export interface ChangeEvents {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

export interface Loaded {
  settings: Settings;
  /** Values repaired now, and those another page repaired since the options page last showed them. */
  repairs: Repair[];
  /** Settings kept on this device because they are too big for storage.sync's items. */
  spilled: SettingKey[];
  /** Storage was written by a newer version: read what this one understands, and change nothing else. */
  future: boolean;
}

export interface StoreOptions {
  /** storage.local: where a setting too big for a sync item goes, and the repair notes wait. */
  local?: SettingsArea;
  /** storage.sync allows 120 writes a minute; a save is at most one remove and one set. */
  writeIntervalMs?: number;
  timers?: Timers;
}

export interface SettingsStore {
  load(): Promise<Loaded>;
  /** Saves valid values; an invalid one is refused with an Error naming the key; a failed write rejects. */
  save(patch: Partial<Settings>): Promise<Settings>;
  reset(): Promise<Settings>;
  /** Forgets the repair notes once the options page has shown them. */
  clearNotes(): Promise<void>;
  /** Calls back with fresh settings after any change from any page; returns the unsubscribe. */
  subscribe(cb: (settings: Settings) => void): () => void;
}

// Site rules are a map: compare by content (a map is stored sorted, see site-rules.ts withRule).
const isDefault = (key: SettingKey, value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) === JSON.stringify(DEFAULTS[key]) : value === DEFAULTS[key];
const differs = <K extends SettingKey>(key: K, value: Settings[K]) => !isDefault(key, value);
const versionOf = (raw: RawSettings) => (typeof raw[VERSION_KEY] === 'number' ? (raw[VERSION_KEY] as number) : 0);

export function createSettingsStore(area: SettingsArea, events: ChangeEvents, areaName = 'sync', options: StoreOptions = {}): SettingsStore {
  const { local } = options;
  const ignore = () => undefined;

  async function load(): Promise<Loaded> {
    let raw: RawSettings = {};
    let kept: RawSettings = {};
    try {
      raw = await area.get(null);
      kept = local ? await local.get([...SETTING_KEYS, NOTES_KEY]) : {};
    } catch (error) {
      return { settings: { ...DEFAULTS }, repairs: [{ key: '*', value: null, reason: `storage unreadable: ${String(error)}`, kept: false }], spilled: [], future: false };
    }
    const version = versionOf(raw);
    const { [VERSION_KEY]: _version, ...synced } = raw;
    // A setting too big for sync lives in local, and is absent from sync (see write()).
    const spilled = SETTING_KEYS.filter((k) => !(k in synced) && k in kept);
    const values: RawSettings = { ...synced, ...Object.fromEntries(spilled.map((k) => [k, kept[k]])) };
    const earlier = readNotes(kept[NOTES_KEY]);
    if (version > SCHEMA_VERSION) {
      // A newer version's values may be valid there: use defaults here for what we cannot read, delete nothing.
      const result = repairSettings(values);
      return { settings: result.settings, repairs: earlier, spilled, future: true };
    }
    const migrated = migrate(values, version);
    const result = repairSettings(migrated);
    // A repaired value is its default now, or what could be salvaged of it (site rules): store
    // that, or the bad one is reported again on every load; and note it for the options page.
    const bad = result.repairs.map((r) => r.key as SettingKey);
    const salvaged = bad.filter((k) => differs(k, result.settings[k]));
    const reset = bad.filter((k) => !salvaged.includes(k));
    if (reset.length) {
      await area.remove(reset).catch(ignore);
      await local?.remove(reset.filter((k) => spilled.includes(k))).catch(ignore);
    }
    if (salvaged.length) await write(Object.fromEntries(salvaged.map((k) => [k, result.settings[k]]))).catch(ignore);
    if (result.repairs.length && local) await local.set({ [NOTES_KEY]: [...earlier.filter((n) => !bad.includes(n.key as SettingKey)), ...result.repairs] }).catch(ignore);
    if (version < SCHEMA_VERSION) {
      // Rewrite in the current schema; stale keys the migrations dropped go too.
      const stale = Object.keys(synced).filter((k) => !(k in migrated));
      if (stale.length) await area.remove(stale).catch(ignore);
      await write(pickStored(result.settings)).catch(ignore);
    }
    const now = result.repairs.map((r) => r.key);
    return { settings: result.settings, repairs: [...earlier.filter((n) => !now.includes(n.key)), ...result.repairs], spilled: spilled.filter((k) => !reset.includes(k)), future: false };
  }

  // uBlock's habit: store only what differs from the defaults.
  function pickStored(settings: Settings): Record<string, unknown> {
    return Object.fromEntries(SETTING_KEYS.filter((k) => differs(k, settings[k])).map((k) => [k, settings[k]]));
  }

  /** One write of valid values: defaults removed, a value too big for a sync item kept in local instead. */
  async function write(patch: Record<string, unknown>): Promise<void> {
    const toSet: Record<string, unknown> = {};
    const toRemove: string[] = [];
    const toLocal: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (isDefault(key as SettingKey, value)) toRemove.push(key);
      else if (local && !fitsSyncItem(key, value)) toLocal[key] = value;
      else toSet[key] = value;
    }
    const stored = versionOf(await area.get(VERSION_KEY));
    if (local) {
      // Local first, so a page woken by the sync change below reads the new value there.
      if (Object.keys(toLocal).length) await local.set(toLocal);
      const leaving = [...toRemove, ...Object.keys(toSet)];
      if (leaving.length) await local.remove(leaving);
    }
    const fromSync = [...toRemove, ...Object.keys(toLocal)];
    if (fromSync.length) await area.remove(fromSync);
    // Never lower a newer version's number: its data is still there.
    await area.set({ ...toSet, [VERSION_KEY]: Math.max(stored, SCHEMA_VERSION) });
  }

  const queue = createWriteQueue(write, options.writeIntervalMs ?? 1000, options.timers ?? REAL_TIMERS);

  async function save(patch: Partial<Settings>): Promise<Settings> {
    for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
      if (!SETTING_KEYS.includes(key)) throw new Error(`Unknown setting "${key}"`);
      if (!isValidSetting(key, value)) throw new Error(`Invalid value for setting "${key}": ${JSON.stringify(value)}`);
    }
    await queue.enqueue(patch);
    return (await load()).settings;
  }

  async function reset(): Promise<Settings> {
    await area.remove(SETTING_KEYS);
    await local?.remove(SETTING_KEYS);
    return { ...DEFAULTS };
  }

  async function clearNotes(): Promise<void> {
    await local?.remove(NOTES_KEY);
  }

  function subscribe(cb: (settings: Settings) => void): () => void {
    let last = '';
    const listener = (changes: Record<string, unknown>, name: string) => {
      if (name !== areaName && !(local && name === 'local')) return;
      if (!Object.keys(changes).some((k) => SETTING_KEYS.includes(k as SettingKey))) return;
      void load().then(({ settings }) => {
        // load() may itself write (migration, repair): report each distinct state once.
        const seen = JSON.stringify(settings);
        if (seen === last) return;
        last = seen;
        cb(settings);
      });
    };
    events.addListener(listener);
    return () => events.removeListener(listener);
  }

  return { load, save, reset, clearNotes, subscribe };
}
