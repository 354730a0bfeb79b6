import { DEFAULTS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import { SCHEMA, type Spec } from './schema';
import { isSiteKey } from '../site-rules';

export interface Repair {
  key: string;
  value: unknown;
  reason: string;
  /** Part of the value was kept (a map's good entries), rather than the whole reset to its default. */
  kept: boolean;
}

function problemWith(spec: Spec, value: unknown): string | null {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'not a boolean';
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? null : `not one of ${spec.values.join(', ')}`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not a number';
      return value >= spec.min && value <= spec.max ? null : `outside ${spec.min}–${spec.max}`;
    case 'siteRules': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a map of sites';
      const entries = Object.entries(value);
      const bad = entries.find(([site, rule]) => !isSiteKey(site) || !spec.values.includes(rule as string));
      if (bad) return `bad rule ${JSON.stringify(bad[0])}: ${JSON.stringify(bad[1])}`;
      return entries.length <= spec.max ? null : `more than ${spec.max} sites`;
    }
    case 'voiceMap': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a map of languages';
      const entries = Object.entries(value);
      const bad = entries.find((entry) => !isVoiceEntry(entry));
      if (bad) return `bad voice ${JSON.stringify(bad[0])}: ${JSON.stringify(bad[1])}`;
      return entries.length <= spec.max ? null : `more than ${spec.max} languages`;
    }
  }
}

/** A language's primary subtag and a voice's URI (any short text: browsers name voices freely). */
function isVoiceEntry([lang, uri]: [string, unknown]): boolean {
  return /^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length <= 200;
}

/**
 * The part of a bad value that can be kept: a map of site rules (or of voices) keeps its good entries (the first
 * `max` of them), so one bad entry does not wipe out every rule the user made. Null: use the default.
 */
function salvage(spec: Spec, value: unknown): unknown {
  if ((spec.kind !== 'siteRules' && spec.kind !== 'voiceMap') || value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const good = Object.entries(value).filter(spec.kind === 'voiceMap'
    ? isVoiceEntry
    : ([site, rule]) => isSiteKey(site) && spec.values.includes(rule as string));
  return Object.fromEntries(good.slice(0, spec.max));
}

export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return problemWith(SCHEMA[key].spec, value) === null;
}

/**
 * Validate-and-repair: every bad or missing value falls back to its default and bad ones are
 * reported; this never throws, whatever storage holds (Dark Reader's approach).
 */
export function repairSettings(raw: unknown): { settings: Settings; repairs: Repair[] } {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULTS } as Record<SettingKey, unknown>;
  const repairs: Repair[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in source)) continue;
    const value = source[key];
    const problem = problemWith(SCHEMA[key].spec, value);
    if (problem === null) {
      settings[key] = value;
      continue;
    }
    const kept = salvage(SCHEMA[key].spec, value);
    const keptAny = kept !== null && Object.keys(kept as object).length > 0;
    repairs.push({ key, value, reason: problem, kept: keptAny });
    if (kept !== null) settings[key] = kept;
  }
  return { settings: settings as Settings, repairs };
}
