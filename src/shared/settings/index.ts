// Pure parts of the settings module: safe to import anywhere, including Node tests.
export * from './defaults';
export * from './schema';
export { repairSettings, isValidSetting, type Repair } from './validate';
export { MIGRATIONS, SCHEMA_VERSION, migrate } from './migrations';
export { createSettingsStore, VERSION_KEY, type SettingsStore, type SettingsArea } from './store';
