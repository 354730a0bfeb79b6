// The interface's words, numbers, plurals and dates, in the language of the locale the browser
// chose. Pure: it takes the message lookup (browser.i18n.getMessage in the extension, the locale
// files in tests), so the UI components and their tests need no browser.
import { pluralKey, type MessageKey, type Note, type PluralKey } from './keys';

export type GetMessage = (key: string, substitutions?: string[]) => string;

export interface I18n {
  /** The language the messages are written in (the `lang` message), for `lang` attributes and Intl. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, ...substitutions: string[]): string;
  /** A message with a count in it, in the plural form the language uses for that count ($1 is the count). */
  plural(base: PluralKey, count: number, ...more: string[]): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A list in the language's own words ("A, B and C"). */
  list(items: string[]): string;
  note(note: Note): string;
}

// Scripts written right to left (Arabic, Hebrew, Persian, Urdu, Yiddish, Divehi, Pashto, Sindhi, Kurdish in Arabic script).
const RTL = /^(ar|he|iw|fa|ur|yi|dv|ps|sd|ckb)(-|$)/i;

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function createI18n(getMessage: GetMessage): I18n {
  const lang = safeLocale(getMessage('lang') || 'en');
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const t = (key: MessageKey, ...substitutions: string[]) => getMessage(key, substitutions) || key;
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    (options ? new Intl.NumberFormat(lang, options) : numbers).format(value);
  return {
    lang,
    dir: RTL.test(lang) ? 'rtl' : 'ltr',
    t,
    number,
    plural(base, count, ...more) {
      const subs = [number(count), ...more];
      // A locale file may leave out forms its language never uses: "other" is always there.
      return getMessage(pluralKey(base, plurals.select(count)), subs) || t(pluralKey(base, 'other'), ...subs);
    },
    list: (items) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items),
    note: ({ key, detail }) => t(key, ...(detail === undefined ? [] : [detail])),
  };
}
