import { DEFAULTS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import { migrate, SCHEMA_VERSION, type RawSettings } from './migrations';
import { isValidSetting, repairSettings, type Repair } from './validate';

export const VERSION_KEY = 'schemaVersion';

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
  repairs: Repair[];
}

export interface SettingsStore {
  load(): Promise<Loaded>;
  /** Saves valid values; an invalid one is refused with an Error naming the key. */
  save(patch: Partial<Settings>): Promise<Settings>;
  reset(): Promise<Settings>;
  /** Calls back with fresh settings after any change from any page; returns the unsubscribe. */
  subscribe(cb: (settings: Settings) => void): () => void;
}

// Site rules are a map: compare by content (a map is stored sorted, see site-rules.ts withRule).
const isDefault = (key: SettingKey, value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) === JSON.stringify(DEFAULTS[key]) : value === DEFAULTS[key];
const differs = <K extends SettingKey>(key: K, value: Settings[K]) => !isDefault(key, value);

export function createSettingsStore(area: SettingsArea, events: ChangeEvents, areaName = 'sync'): SettingsStore {
  async function load(): Promise<Loaded> {
    let raw: RawSettings = {};
    try {
      raw = await area.get(null);
    } catch (error) {
      return { settings: { ...DEFAULTS }, repairs: [{ key: '*', value: null, reason: `storage unreadable: ${String(error)}` }] };
    }
    const version = typeof raw[VERSION_KEY] === 'number' ? (raw[VERSION_KEY] as number) : 0;
    const { [VERSION_KEY]: _version, ...values } = raw;
    const migrated = migrate(values, version);
    const result = repairSettings(migrated);
    // A repaired value is its default now, or what could be salvaged of it (site rules): store
    // that, or the bad one is reported again on every load.
    const bad = result.repairs.map((r) => r.key as SettingKey);
    const salvaged = bad.filter((k) => differs(k, result.settings[k]));
    const reset = bad.filter((k) => !salvaged.includes(k));
    if (reset.length) await area.remove(reset).catch(() => undefined);
    if (salvaged.length) await area.set(Object.fromEntries(salvaged.map((k) => [k, result.settings[k]]))).catch(() => undefined);
    if (version < SCHEMA_VERSION) {
      // Rewrite in the current schema; stale keys the migrations dropped go too.
      const stale = Object.keys(values).filter((k) => !(k in migrated));
      if (stale.length) await area.remove(stale).catch(() => undefined);
      await area.set({ ...pickStored(result.settings), [VERSION_KEY]: SCHEMA_VERSION }).catch(() => undefined);
    }
    return result;
  }

  // uBlock's habit: store only what differs from the defaults.
  function pickStored(settings: Settings): Record<string, unknown> {
    return Object.fromEntries(SETTING_KEYS.filter((k) => differs(k, settings[k])).map((k) => [k, settings[k]]));
  }

  async function save(patch: Partial<Settings>): Promise<Settings> {
    const toSet: Record<string, unknown> = {};
    const toRemove: string[] = [];
    for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
      if (!SETTING_KEYS.includes(key)) throw new Error(`Unknown setting "${key}"`);
      if (!isValidSetting(key, value)) throw new Error(`Invalid value for setting "${key}": ${JSON.stringify(value)}`);
      if (isDefault(key, value)) toRemove.push(key);
      else toSet[key] = value;
    }
    if (toRemove.length) await area.remove(toRemove);
    await area.set({ ...toSet, [VERSION_KEY]: SCHEMA_VERSION });
    return (await load()).settings;
  }

  async function reset(): Promise<Settings> {
    await area.remove(SETTING_KEYS);
    return { ...DEFAULTS };
  }

  function subscribe(cb: (settings: Settings) => void): () => void {
    let last = '';
    const listener = (changes: Record<string, unknown>, name: string) => {
      if (name !== areaName) return;
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

  return { load, save, reset, subscribe };
}
