import { describe, expect, it } from 'vitest';
import speeds from '../../src/rules/reading-speed.json';
import { formatDate, loadDateFormatData, readingMinutes } from '../../src/ui/reader/format';

describe('formatDate', () => {
  it('writes a published time as a long date in the language it is given (the interface\'s)', () => {
    loadDateFormatData();
    expect(formatDate('2022-08-10T10:00:00+07:00', 'id')).toBe('10 Agustus 2022');
    expect(formatDate('2022-08-10T10:00:00Z', 'en-GB')).toBe('10 August 2022');
  });

  it('gives the article\'s own calendar day, in the offset its time carries, whatever the reader\'s zone', () => {
    // Half past midnight in Jakarta is still the 15th in UTC and in the Americas, the 16th where it was written.
    expect(formatDate('2022-08-16T00:30:00+07:00', 'en-GB')).toBe('16 August 2022');
    // Late evening in New York is already the next day in UTC and in Asia.
    expect(formatDate('2022-08-16T23:30:00-05:00', 'en-GB')).toBe('16 August 2022');
    expect(formatDate('2022-12-31T23:59:59+14:00', 'en-GB')).toBe('31 December 2022');
    expect(formatDate('2022-01-01T00:00:00-12:00', 'id')).toBe('1 Januari 2022');
  });

  it('keeps a date alone, and a time without an offset, as written', () => {
    expect(formatDate('2022-08-16', 'en-GB')).toBe('16 August 2022');
    expect(formatDate('2022-08-16T00:05:00', 'en-GB')).toBe('16 August 2022');
    expect(formatDate('2022-08-16T23:55:00', 'id')).toBe('16 Agustus 2022');
  });

  it('gives nothing for a missing or unreadable time, and a date for an unknown language tag', () => {
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('last Tuesday', 'en')).toBe('');
    expect(formatDate('2022-13-45', 'en')).toBe('');
    expect(formatDate('2022-08-10T10:00:00Z', 'not a tag!')).toMatch(/2022/);
  });
});

const words = (n: number, word = 'kata') => Array.from({ length: n }, () => word).join(' ');

describe('readingMinutes', () => {
  it('reads words at the rate of the article\'s language, region subtags and case aside', () => {
    const rate = (lang: string) => (speeds.languages as Record<string, { wordsPerMinute?: number }>)[lang]!.wordsPerMinute!;
    expect(readingMinutes(words(1800), 1800, 'id')).toBe(Math.round(1800 / rate('id')));
    expect(readingMinutes(words(1800), 1800, 'id-ID')).toBe(Math.round(1800 / rate('id')));
    expect(readingMinutes(words(2280), 2280, 'EN')).toBe(Math.round(2280 / rate('en')));
    // The same count takes longer in a language read more slowly.
    expect(readingMinutes(words(2000), 2000, 'ar')).toBeGreaterThan(readingMinutes(words(2000), 2000, 'es'));
  });

  it('falls back to the default rate for an unknown or missing language, and is never less than a minute', () => {
    expect(readingMinutes(words(1000), 1000, '')).toBe(Math.round(1000 / speeds.defaultWordsPerMinute));
    expect(readingMinutes(words(1000), 1000, 'xx')).toBe(Math.round(1000 / speeds.defaultWordsPerMinute));
    expect(readingMinutes('', 0, 'en')).toBe(1);
  });

  it('times Chinese, Japanese and Thai by their characters, not by spaces', () => {
    // 2,550 Han characters without a single space: one "word" by spaces, ten minutes at 255 a minute.
    const zh = '中国的首都是北京。'.repeat(300);
    const hanCount = (zh.match(/\p{sc=Han}/gu) ?? []).length;
    expect(readingMinutes(zh, 1, 'zh-CN')).toBe(Math.round(hanCount / 255));
    expect(readingMinutes(zh, 1, 'zh-CN')).toBeGreaterThan(5);
    const ja = 'これは日本語の文章です。'.repeat(300);
    const jaCount = (ja.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu) ?? []).length;
    expect(readingMinutes(ja, 1, 'ja')).toBe(Math.round(jaCount / 357));
    const th = 'ประเทศไทยเป็นประเทศในเอเชีย'.repeat(200);
    expect(readingMinutes(th, 1, 'th')).toBeGreaterThan(3);
  });

  it('adds the Latin words among the characters, and leaves punctuation out', () => {
    const han = '北'.repeat(255 * 2); // two minutes of characters
    expect(readingMinutes(`${han} ${words(400, 'iPhone')}`, 0, 'zh')).toBe(4);
    expect(readingMinutes(`${han}${'。'.repeat(2000)}`, 0, 'zh')).toBe(2);
  });
});
