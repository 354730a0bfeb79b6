// The type and colour settings of the Aa panel: new ones declared once (DEFAULTS, SCHEMA), their
// values checked by the one generic validate-and-repair, and what older versions stored still valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS, FONT_FAMILIES, SCHEMA, SCHEMA_VERSION, TEXT_ALIGNS, THEMES, VERSION_KEY, createSettingsStore, repairSettings,
} from '../../src/shared/settings';
import { FONT_STACKS, typeStyle } from '../../src/ui/reader/type-style';
import { fakeStorage } from './helpers/fake-storage';
import { readLocale } from './helpers/i18n';

describe('the type and colour settings', () => {
  it('declare the new choices and their defaults (key entities only, in the view as before)', () => {
    expect(THEMES).toEqual(['system', 'light', 'sepia', 'dark', 'contrast']);
    expect(FONT_FAMILIES).toEqual(['serif', 'sans', 'system', 'legible', 'dyslexic']);
    expect(TEXT_ALIGNS).toEqual(['start', 'justify']);
    expect(DEFAULTS).toMatchObject({ theme: 'system', fontFamily: 'serif', textAlign: 'start', paragraphSpacing: 1, entityKeyOnly: true });
  });

  it('label every choice with a message of the locale files, in the appearance group', () => {
    const en = readLocale('en');
    for (const key of ['theme', 'fontFamily', 'textAlign', 'paragraphSpacing'] as const) {
      const { label, group, spec } = SCHEMA[key];
      expect(group).toBe('appearance');
      expect(Object.hasOwn(en, label), label).toBe(true);
      if (spec.kind === 'enum') {
        expect(spec.labels).toHaveLength(spec.values.length);
        for (const name of spec.labels) expect(Object.hasOwn(en, name), name).toBe(true);
      }
    }
    expect(SCHEMA.paragraphSpacing.spec).toMatchObject({ kind: 'number', min: 0.5, max: 2.5 });
  });

  it.each([
    ['theme', 'contrast'], ['fontFamily', 'system'], ['fontFamily', 'legible'], ['fontFamily', 'dyslexic'],
    ['textAlign', 'justify'], ['paragraphSpacing', 0.5], ['paragraphSpacing', 2.5], ['paragraphSpacing', 1.75],
  ])('keep %s = %o', (key, value) => {
    const { settings, repairs } = repairSettings({ [key]: value });
    expect(settings).toEqual({ ...DEFAULTS, [key]: value });
    expect(repairs).toEqual([]);
  });

  it.each([
    ['theme', 'high-contrast'], ['fontFamily', 'OpenDyslexic'], ['textAlign', 'center'], ['textAlign', 'left'],
    ['paragraphSpacing', 0.25], ['paragraphSpacing', 3], ['paragraphSpacing', '1'], ['paragraphSpacing', null],
  ])('repair %s = %o to its default, and say so', (key, value) => {
    const { settings, repairs } = repairSettings({ theme: 'sepia', [key]: value });
    expect(settings[key as keyof typeof DEFAULTS]).toBe(DEFAULTS[key as keyof typeof DEFAULTS]);
    expect(repairs.map((r) => r.key)).toEqual([key]);
  });

  it('load what an older version stored (serif, sepia…) as it is, repairing and rewriting nothing', async () => {
    const stored = { theme: 'sepia', fontFamily: 'serif', fontSize: 22, contentWidth: 'narrow', [VERSION_KEY]: SCHEMA_VERSION };
    const { area, events, data } = fakeStorage('sync', stored);
    const { settings, repairs } = await createSettingsStore(area, events).load();
    expect(repairs).toEqual([]);
    expect(settings).toEqual({ ...DEFAULTS, theme: 'sepia', fontFamily: 'serif', fontSize: 22, contentWidth: 'narrow' });
    expect(data).toEqual(stored);
    const sans = await createSettingsStore(fakeStorage('sync', { fontFamily: 'sans', theme: 'dark' }).area, events).load();
    expect([sans.settings.fontFamily, sans.settings.theme, sans.repairs]).toEqual(['sans', 'dark', []]);
  });

  it('save the new values through the store (only what differs from the defaults)', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    const saved = await store.save({ fontFamily: 'dyslexic', theme: 'contrast', textAlign: 'justify', paragraphSpacing: 1 });
    expect(data).toEqual({ fontFamily: 'dyslexic', theme: 'contrast', textAlign: 'justify', [VERSION_KEY]: SCHEMA_VERSION });
    expect(saved).toMatchObject({ fontFamily: 'dyslexic', theme: 'contrast', textAlign: 'justify', paragraphSpacing: 1 });
    await expect(store.save({ textAlign: 'center' as never })).rejects.toThrow(/textAlign/);
  });
});

describe('typeStyle: the settings as the CSS variables of the article column', () => {
  it('gives each typeface a stack that tokens.css defines, the bundled faces first in theirs', () => {
    const tokens = readFileSync('src/ui/styles/tokens.css', 'utf8');
    for (const family of FONT_FAMILIES) {
      const name = /^var\((--[\w-]+)\)$/.exec(FONT_STACKS[family])?.[1];
      expect(name, family).toBeTruthy();
      expect(tokens).toContain(`${name}:`);
    }
    expect(tokens).toMatch(/--font-legible: 'Atkinson Hyperlegible'/);
    expect(tokens).toMatch(/--font-dyslexic: 'OpenDyslexic'/);
  });

  it('sets size, spacing, width, font and alignment; justified text hyphenates', () => {
    expect(typeStyle(DEFAULTS)).toEqual({
      '--reader-font-size': '20px', '--reader-line-height': '1.6', '--reader-width': '68ch', '--reader-font': 'var(--font-serif)',
      '--reader-align': 'start', '--reader-hyphens': 'manual', '--reader-paragraph-spacing': '1em',
    });
    expect(typeStyle({ ...DEFAULTS, fontFamily: 'dyslexic', textAlign: 'justify', paragraphSpacing: 1.5, contentWidth: 'narrow' })).toMatchObject({
      '--reader-font': 'var(--font-dyslexic)', '--reader-align': 'justify', '--reader-hyphens': 'auto', '--reader-paragraph-spacing': '1.5em', '--reader-width': '56ch',
    });
  });
});

describe('the bundled fonts', () => {
  const fonts = readFileSync('src/ui/styles/fonts.css', 'utf8');
  const urls = [...fonts.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1]!);

  it('are WOFF2 files of the two @fontsource packages: regular and bold, Latin and Latin Extended, nothing remote', () => {
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^@fontsource\/(atkinson-hyperlegible|opendyslexic)\/files\/[\w-]+-(400|700)-(normal|italic)\.woff2$/);
    expect(urls.filter((u) => u.includes('opendyslexic'))).toHaveLength(2);
    expect(urls.filter((u) => u.includes('atkinson'))).toEqual(expect.arrayContaining([
      expect.stringContaining('latin-400-normal'), expect.stringContaining('latin-ext-400-normal'), expect.stringContaining('latin-700-normal'),
    ]));
  });

  it('are loaded by the reader and options pages only, and their licences ship with the extension', () => {
    const importers = ['src/ui/reader/reader.css', 'src/ui/options/options.css', 'src/ui/popup/popup.css', 'src/ui/styles/tokens.css', 'src/ui/components/controls.css']
      .filter((file) => /@import '[^']*fonts\.css'/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual(['src/ui/reader/reader.css', 'src/ui/options/options.css']);
    for (const name of ['atkinson-hyperlegible', 'opendyslexic']) {
      expect(readFileSync(`public/licenses/${name}-OFL.txt`, 'utf8')).toContain('SIL Open Font License, Version 1.1');
    }
  });
});
