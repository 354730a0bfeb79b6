// The locale files as data: the same messages in every language, each described for translators,
// each used by the code, and every name the code uses present.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeNames, readLocale, type LocaleFile } from '../helpers/i18n';

const LOCALES = localeNames();
const EN = readLocale('en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const SOURCES = sourceFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const MANIFEST = readFileSync('manifest.json', 'utf8');

/** Every quoted string in the code: a message name is used where the code spells it. */
const QUOTED = new Set(SOURCES.flatMap(({ text }) => [...text.matchAll(/'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!)));
const MANIFEST_NAMES = [...MANIFEST.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);

/** Names the code passes to the translator: t('…'), getMessage('…'), and notes ({ key: 'area_name' }). */
const CALLED = SOURCES.flatMap(({ file, text }) =>
  [...text.matchAll(/\b(?:t|getMessage)\(\s*'([^']+)'|\bkey: '([A-Za-z]+_\w+)'/g)].map((m) => ({ file, name: m[1] ?? m[2]! })));
const PLURAL_CALLS = SOURCES.flatMap(({ file, text }) => [...text.matchAll(/\bplural\(\s*'([^']+)'/g)].map((m) => ({ file, name: m[1]! })));

const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale files', () => {
  it('exist for English (the default locale) and Indonesian', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'id']));
    expect(JSON.parse(MANIFEST).default_locale).toBe('en');
  });

  it.each(LOCALES)('%s has exactly the English message names', (locale) => {
    expect(Object.keys(readLocale(locale)).sort()).toEqual(Object.keys(EN).sort());
  });

  it.each(LOCALES)('%s: every message has text and a description, and a name the browser accepts once', (locale) => {
    const file: LocaleFile = readLocale(locale);
    const lower = new Set<string>();
    for (const [name, entry] of Object.entries(file)) {
      expect(name, name).toMatch(/^[A-Za-z0-9_]+$/);
      // The browser looks names up without regard to case.
      expect(lower.has(name.toLowerCase()), `${name} twice`).toBe(false);
      lower.add(name.toLowerCase());
      expect(entry.message.trim(), name).not.toBe('');
      expect(entry.description?.trim(), `${name} has no description`).toBeTruthy();
    }
  });

  it.each(LOCALES)('%s: each $PLACEHOLDER$ is declared, used, and the same as in English', (locale) => {
    const file = readLocale(locale);
    for (const [name, entry] of Object.entries(file)) {
      const used = placeholdersOf(entry.message);
      const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
      expect([...new Set(used)].sort(), name).toEqual(declared);
      const english = EN[name]!;
      expect(Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([p, v]) => [p.toLowerCase(), v.content])), name)
        .toEqual(Object.fromEntries(Object.entries(english.placeholders ?? {}).map(([p, v]) => [p.toLowerCase(), v.content])));
    }
  });

  it.each(LOCALES)('%s: names its own language, and has every plural form that language uses', (locale) => {
    const file = readLocale(locale);
    const lang = file.lang!.message;
    expect(Intl.getCanonicalLocales(lang)[0]!.toLowerCase()).toBe(locale.replace('_', '-').toLowerCase());
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const bases = new Set(Object.keys(file).map((name) => PLURAL.exec(name)?.[1]).filter((b): b is string => !!b));
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) {
      for (const category of categories) expect(Object.hasOwn(file, `${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });
});

describe('message names in the code', () => {
  it('every name the code or the manifest asks for is in the locale files', () => {
    const missing = [
      ...CALLED.filter(({ name }) => !Object.hasOwn(EN, name)).map(({ file, name }) => `${file}: ${name}`),
      ...PLURAL_CALLS.filter(({ name }) => !Object.hasOwn(EN, `${name}_other`)).map(({ file, name }) => `${file}: ${name}_other`),
      ...MANIFEST_NAMES.filter((name) => !Object.hasOwn(EN, name)).map((name) => `manifest.json: ${name}`),
    ];
    expect(CALLED.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('no message is unused', () => {
    const used = (name: string) => QUOTED.has(name) || MANIFEST_NAMES.includes(name) || QUOTED.has(PLURAL.exec(name)?.[1] ?? '\0');
    expect(Object.keys(EN).filter((name) => !used(name))).toEqual([]);
  });
});

// Messages that are rightly the same in English and Indonesian: the brand, symbols, and words
// Indonesian uses as they are. Anything else left in English is an untranslated string.
const SAME_IN_BOTH = new Set([
  'extName', 'action_note', 'reader_pageTitle', 'reader_smallerSymbol', 'reader_largerSymbol', 'theme_sepia', 'font_serif', 'font_sans',
  // The Aa button's two letters (as in Firefox Reader View), the same in every Latin-script language.
  'reader_typeSymbol',
  // Key names as printed on the keys (Indonesian keyboards carry the same).
  'keys_nameEsc', 'keys_namePrint', 'keys_nameTab',
]);

describe('the Indonesian translation', () => {
  const ID = readLocale('id');
  it('translates every message but the few that are the same in both languages', () => {
    const untranslated = Object.keys(EN).filter((name) => name !== 'lang' && ID[name]!.message === EN[name]!.message && !SAME_IN_BOTH.has(name));
    expect(untranslated).toEqual([]);
  });

  it('writes the interface words a reader expects', () => {
    const text = (name: string) => ID[name]!.message;
    expect(text('group_reading')).toBe('Tampilan baca');
    expect(text('setting_fontSize')).toBe('Ukuran huruf');
    expect(text('setting_theme')).toBe('Tema');
    expect(text('reader_minutes_other')).toContain('menit baca');
  });
});
