import { describe, expect, it } from 'vitest';
import { formatDate, loadDateFormatData, readingMinutes } from '../../src/ui/reader/format';

describe('formatDate', () => {
  it('writes a published time as a long date in the language it is given (the interface\'s)', () => {
    loadDateFormatData();
    expect(formatDate('2022-08-10T10:00:00+07:00', 'id')).toBe('10 Agustus 2022');
    expect(formatDate('2022-08-10T10:00:00Z', 'en-GB')).toBe('10 August 2022');
  });

  it('gives nothing for a missing or unreadable time, and a date for an unknown language tag', () => {
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('last Tuesday', 'en')).toBe('');
    expect(formatDate('2022-08-10T10:00:00Z', 'not a tag!')).toMatch(/2022/);
  });
});

describe('readingMinutes', () => {
  it('counts 220 words a minute, never less than one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
