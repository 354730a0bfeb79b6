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

/**
 * The words that belong to one language only: each message's text between its placeholders, where
 * the other language's file has no such words (the brand, symbols and shared words are left out).
 * Finding one of them on a page in the other language means a string was not translated.
 */
export function ownWords(locale: string, other: string): string[] {
  const theirs = Object.values(readLocale(other)).map((e) => e.message.toLowerCase());
  return [...new Set(Object.entries(readLocale(locale)).filter(([name]) => name !== 'lang')
    .flatMap(([, e]) => e.message.split(/\$[A-Za-z0-9_@]+\$/))
    .map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((part) => /\p{L}{3,}/u.test(part) && !theirs.some((m) => m.includes(part.toLowerCase()))))];
}

/** The texts among `texts` that hold words of `other` only. */
export function leaksOf(texts: string[], locale: string, other: string): string[] {
  const foreign = ownWords(other, locale).map((w) => w.toLowerCase());
  return texts.filter((text) => foreign.some((words) => text.toLowerCase().includes(words)));
}
