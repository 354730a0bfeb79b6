import { describe, expect, it } from 'vitest';
import { DEFAULTS, MIGRATIONS, SCHEMA_VERSION, SETTING_KEYS, migrate, repairSettings } from '../../src/shared/settings';

describe('repairSettings', () => {
  it('keeps every valid value', () => {
    const valid = {
      theme: 'dark', fontSize: 12, fontFamily: 'sans', lineHeight: 2.2,
      contentWidth: 'wide', textAlign: 'justify', paragraphSpacing: 2.5, showImages: false, highlightEntities: false, autoMode: 'all',
      entityPerson: false, entityOrganization: true, entityPlace: false, entityCount: 50, entityKeyOnly: false,
      siteRules: { 'news.example': 'always', 'shop.example.co.uk': 'never' },
      readAloudRate: 0.5, readAloudOnline: true, readAloudVoices: { id: 'Google Bahasa Indonesia', en: 'urn:moz-tts:speechd:English' },
    };
    const { settings, repairs } = repairSettings(valid);
    expect(settings).toEqual(valid);
    expect(repairs).toEqual([]);
  });

  it('fills missing keys with their defaults without reporting them', () => {
    const { settings, repairs } = repairSettings({ fontSize: 30 });
    expect(settings).toEqual({ ...DEFAULTS, fontSize: 30 });
    expect(repairs).toEqual([]);
  });

  const bad: [string, unknown][] = [
    ['theme', 'purple'],
    ['theme', 3],
    ['fontSize', '20'],
    ['fontSize', 11],
    ['fontSize', 37],
    ['fontSize', Number.NaN],
    ['fontSize', Number.POSITIVE_INFINITY],
    ['lineHeight', 1.1],
    ['lineHeight', 2.3],
    ['lineHeight', null],
    ['fontFamily', 'comic'],
    ['contentWidth', ['wide']],
    ['showImages', 'true'],
    ['showImages', 1],
    ['highlightEntities', null],
    ['entityPerson', 'yes'],
    ['entityOrganization', 0],
    ['entityPlace', null],
    ['entityCount', 2],
    ['entityCount', 51],
    ['entityCount', '12'],
    ['entityCount', Number.NaN],
    ['entityKeyOnly', 'false'],
    ['autoMode', 'sometimes'],
    ['autoMode', { value: 'all' }],
    ['siteRules', ['news.example']],
    ['siteRules', 'news.example'],
    ['siteRules', null],
    ['readAloudRate', 0.25],
    ['readAloudRate', 2.5],
    ['readAloudOnline', 'yes'],
    ['readAloudVoices', ['Google Bahasa Indonesia']],
    ['readAloudVoices', 'Google Bahasa Indonesia'],
  ];
  it.each(bad)('falls back to the default for %s = %o and reports it', (key, value) => {
    const { settings, repairs } = repairSettings({ ...DEFAULTS, theme: 'sepia', [key]: value });
    expect(settings[key as keyof typeof DEFAULTS]).toBe(DEFAULTS[key as keyof typeof DEFAULTS]);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.key).toBe(key);
    expect(repairs[0]?.reason).toEqual(expect.any(String));
    expect(repairs[0]?.reason).not.toBe('');
    // Other values are untouched.
    if (key !== 'theme') expect(settings.theme).toBe('sepia');
  });

  it('keeps the good voices of a voice map and drops the bad ones (a language code, a non-empty name)', () => {
    const { settings, repairs } = repairSettings({ readAloudVoices: { id: 'Suara Indonesia', 'id-ID': 'x', EN: 'y', fr: '', de: 7 } });
    expect(settings.readAloudVoices).toEqual({ id: 'Suara Indonesia' });
    expect(repairs.map((r) => r.key)).toEqual(['readAloudVoices']);
  });

  it('reports several bad values at once, each with its key', () => {
    const { settings, repairs } = repairSettings({ theme: 'x', fontSize: -1, showImages: 'no', autoMode: 'off' });
    expect(repairs.map((r) => r.key).sort()).toEqual(['fontSize', 'showImages', 'theme']);
    expect(settings.autoMode).toBe('off');
    expect(repairs.find((r) => r.key === 'fontSize')?.value).toBe(-1);
  });

  it.each([null, undefined, 'theme=dark', 42, [], ['dark'], true])('never throws on %o and gives the defaults', (input) => {
    const result = repairSettings(input);
    expect(result.settings).toEqual(DEFAULTS);
    expect(result.repairs).toEqual([]);
  });

  it('defaults to highlighting the 12 key entities of all three types', () => {
    const { settings } = repairSettings({});
    expect([settings.highlightEntities, settings.entityPerson, settings.entityOrganization, settings.entityPlace]).toEqual([true, true, true, true]);
    expect(settings.entityCount).toBe(12);
    expect(settings.entityKeyOnly).toBe(true);
  });

  it('repairs one bad entity type without touching the other two', () => {
    const { settings, repairs } = repairSettings({ entityPerson: false, entityOrganization: 'no', entityPlace: false });
    expect([settings.entityPerson, settings.entityOrganization, settings.entityPlace]).toEqual([false, true, false]);
    expect(repairs.map((r) => r.key)).toEqual(['entityOrganization']);
  });

  it('returns a fresh object, not DEFAULTS itself', () => {
    const { settings } = repairSettings({});
    expect(settings).not.toBe(DEFAULTS);
    settings.fontSize = 30;
    expect(DEFAULTS.fontSize).not.toBe(30);
  });
});

describe('migrate', () => {
  it('SCHEMA_VERSION is the highest migration target', () => {
    expect(SCHEMA_VERSION).toBe(Math.max(...MIGRATIONS.map((m) => m.to)));
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('drops keys no setting owns when migrating from version 0', () => {
    const out = migrate({ theme: 'dark', legacyColor: 'red', fontSize: 'bad' }, 0);
    expect(out).toEqual({ theme: 'dark', fontSize: 'bad' });
    expect(Object.keys(out).every((k) => (SETTING_KEYS as string[]).includes(k))).toBe(true);
  });

  it('keeps the entity settings when migrating from version 0', () => {
    const raw = { entityPerson: false, entityCount: 20, entityKeyOnly: false, entityTypes: ['person'] };
    expect(migrate(raw, 0)).toEqual({ entityPerson: false, entityCount: 20, entityKeyOnly: false });
  });

  it('applies nothing at the current version', () => {
    const raw = { theme: 'dark', legacyColor: 'red' };
    expect(migrate(raw, SCHEMA_VERSION)).toEqual(raw);
  });

  it('applies only the migrations above the version, in ascending order', () => {
    // MIGRATIONS is readonly at the type level only; push temporary steps out of order.
    const list = MIGRATIONS as unknown as { to: number; why: string; migrate(r: Record<string, unknown>): Record<string, unknown> }[];
    const base = SCHEMA_VERSION;
    const step = (n: number) => ({
      to: base + n, why: 'test', migrate: (r: Record<string, unknown>) => ({ ...r, trail: `${String(r.trail ?? '')}${n}` }),
    });
    list.push(step(3), step(1), step(2));
    try {
      expect(migrate({}, base).trail).toBe('123');
      expect(migrate({}, base + 1).trail).toBe('23');
      expect(migrate({}, base + 3).trail).toBeUndefined();
      // From 0, the key-dropping step runs first, so 'trail' does not exist yet when it runs.
      expect(migrate({ trail: 'x' }, 0).trail).toBe('123');
    } finally {
      list.splice(list.length - 3, 3);
    }
    expect(MIGRATIONS.length).toBe(list.length);
  });
});
