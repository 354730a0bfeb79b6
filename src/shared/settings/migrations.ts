import { SETTING_KEYS } from './defaults';

// Ordered schema migrations (Refined GitHub keeps such a list). Each step takes the raw stored
// object of the previous version and returns the next; validation runs after all of them.
export type RawSettings = Record<string, unknown>;

export interface Migration {
  to: number;
  why: string;
  migrate(raw: RawSettings): RawSettings;
}

const KNOWN = new Set<string>(SETTING_KEYS);

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    why: 'first versioned schema: drop keys no setting owns, so stray data does not use up the 100 KB storage.sync quota',
    migrate: (raw) => Object.fromEntries(Object.entries(raw).filter(([key]) => KNOWN.has(key))),
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.to), 0);

/** Applies every migration above `fromVersion`, in order. */
export function migrate(raw: RawSettings, fromVersion: number): RawSettings {
  return [...MIGRATIONS]
    .filter((m) => m.to > fromVersion)
    .sort((a, b) => a.to - b.to)
    .reduce((acc, m) => m.migrate(acc), raw);
}
