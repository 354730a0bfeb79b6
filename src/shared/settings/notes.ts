// What the settings store tells the options page beyond the values: repairs another page made (kept in
// storage.local until the options page has shown them, since the first page to load repairs storage and
// later loads see nothing wrong), and the size rule for a storage.sync item.
import type { Repair } from './validate';

export const NOTES_KEY = 'settingsRepairs';
export type SettingsNote = Repair;

/** storage.sync's QUOTA_BYTES_PER_ITEM: the key's length plus its value's JSON, in bytes. */
export const SYNC_ITEM_BYTES = 8192;

export function fitsSyncItem(key: string, value: unknown): boolean {
  return new TextEncoder().encode(key + JSON.stringify(value)).length <= SYNC_ITEM_BYTES;
}

/** The stored notes, or none when what is stored is not a list of notes. */
export function readNotes(raw: unknown): Repair[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((n): n is Repair => typeof n === 'object' && n !== null && typeof (n as Repair).key === 'string' && typeof (n as Repair).reason === 'string')
    .map((n) => ({ key: n.key, value: null, reason: n.reason, kept: n.kept === true }));
}
