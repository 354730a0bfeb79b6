import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/shared/i18n/translator';
import { i18nFor } from '../helpers/i18n';

describe('createI18n', () => {
  const en = i18nFor('en');
  const id = i18nFor('id');

  it('takes its language from the locale file, and the direction from the language', () => {
    expect([en.lang, en.dir, id.lang, id.dir]).toEqual(['en', 'ltr', 'id', 'ltr']);
    const arabic = createI18n((key) => (key === 'lang' ? 'ar' : ''));
    expect(arabic.dir).toBe('rtl');
    // A broken or missing language code still gives a working translator.
    expect(createI18n((key) => (key === 'lang' ? 'not a tag!' : '')).lang).toBe('en');
    expect(createI18n(() => '').lang).toBe('en');
  });

  it('chooses the plural form the language uses for the count, and writes the count in it', () => {
    expect(en.plural('reader_minutes', 1)).toBe('1 min read');
    expect(en.plural('reader_minutes', 5)).toBe('5 min read');
    expect(en.plural('siteRules_tooMany', 1)).toBe('At most 1 site can have its own rule.');
    expect(en.plural('siteRules_tooMany', 1500)).toBe('At most 1,500 sites can have their own rule.');
    expect(id.plural('siteRules_tooMany', 1500)).toBe('Paling banyak 1.500 situs dapat memiliki aturan sendiri.');
    expect(en.plural('entities_mentions', 1, 'KCNA')).toBe('KCNA, 1 mention');
    expect(id.plural('entities_mentions', 6, 'Vladimir Putin')).toBe('Vladimir Putin, disebut 6 kali');
  });

  it('falls back to the "other" form where a locale leaves a form out', () => {
    const only = createI18n((key, subs) => (key === 'lang' ? 'en' : key === 'reader_minutes_other' ? `${subs?.[0]} min` : ''));
    expect(only.plural('reader_minutes', 1)).toBe('1 min');
  });

  it('writes numbers and lists the language\'s way', () => {
    expect(id.number(1.6)).toBe('1,6');
    expect(en.number(1.6)).toBe('1.6');
    expect(id.list(['Ukuran huruf', 'Tema', 'Lebar baris'])).toBe('Ukuran huruf, Tema, dan Lebar baris');
  });

  it('puts a note\'s technical detail into its message, and names an unknown message rather than showing nothing', () => {
    expect(id.note({ key: 'note_openFailed', detail: 'TypeError: x' })).toBe('Sift Reader gagal dibuka: TypeError: x');
    expect(en.note({ key: 'note_noArticle' })).toBe('No article was found on this page.');
    expect(createI18n(() => '').t('reader_close')).toBe('reader_close');
  });
});
