// The extension's translator in tests: the locale files read as the browser reads them
// (chrome.i18n.getMessage: $NAME$ placeholders, $1…$9 substitutions, $$ for a dollar sign,
// names case-insensitive, '' for a name that is not there).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createI18n, type GetMessage, type I18n } from '../../../src/shared/i18n/translator';

export const LOCALES_DIR = resolve('public/_locales');

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleFile = Record<string, LocaleEntry>;

export const localeNames = (): string[] => readdirSync(LOCALES_DIR).sort();

export function readLocale(locale: string): LocaleFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as LocaleFile;
}

export function getMessageFrom(file: LocaleFile): GetMessage {
  const byName = new Map(Object.entries(file).map(([name, entry]) => [name.toLowerCase(), entry]));
  return (name, substitutions = []) => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([p, v]) => [p.toLowerCase(), v.content]));
    const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, p: string) => placeholders.get(p.toLowerCase()) ?? whole);
    return expanded.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : substitutions[Number(d) - 1] ?? ''));
  };
}

export const i18nFor = (locale: string): I18n => createI18n(getMessageFrom(readLocale(locale)));
