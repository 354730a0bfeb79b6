import browser from '../browser';
import { createSettingsStore, type ChangeEvents, type SettingsArea } from './store';

// The settings as the extension's pages and workers use them: storage.sync, live across pages.
export const settingsStore = createSettingsStore(
  browser.storage.sync as unknown as SettingsArea,
  browser.storage.onChanged as unknown as ChangeEvents,
  'sync',
  // Local holds a setting too big for one sync item, and the repair notes until the options page shows them.
  { local: browser.storage.local as unknown as SettingsArea },
);
