import { describe, expect, it } from 'vitest';
import { refineTags } from '../../../src/core/entities/refine-tags';
import type { Tag } from '../../../src/core/entities/types';

const O = (n: number): Tag[] => Array.from({ length: n }, () => 'O');
const words = (s: string) => s.split(' ');

describe('refineTags: known names, heads, common words', () => {
  it('types a well-known place or organisation the model left untagged', () => {
    const w = words('Ia tiba di Jepang setelah Kremlin dan Amerika Serikat bicara');
    expect(refineTags(w, O(w.length), 'id')).toEqual(['O', 'O', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('reads a run after a place head as a place ("Semenanjung Korea")', () => {
    const w = words('atas Semenanjung Korea ditandai');
    expect(refineTags(w, O(w.length), 'id')).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('keeps only the place of a role the model read as an organisation ("Duta Besar Rusia")', () => {
    const w = words('Duta Besar Rusia untuk Pyongyang');
    const tags: Tag[] = ['O', 'B-ORG', 'I-ORG', 'O', 'O'];
    expect(refineTags(w, tags, 'id').slice(0, 3)).toEqual(['O', 'O', 'B-LOC']);
  });

  it('makes a lone "person" that names a place a place, but leaves full names alone', () => {
    expect(refineTags(words('dengan mitra Asia'), ['O', 'O', 'B-PER'], 'id')).toEqual(['O', 'O', 'B-LOC']);
    expect(refineTags(words('kata Paris Hilton'), ['O', 'B-PER', 'I-PER'], 'en')).toEqual(['O', 'B-PER', 'I-PER']);
  });

  it('drops a sentence-opening common word and a "person" made of common words', () => {
    expect(refineTags(words('Pesan Putin pada'), ['B-PER', 'I-PER', 'O'], 'id')).toEqual(['O', 'B-PER', 'O']);
    expect(refineTags(words('sebagai Hari Pembebasan oleh'), ['O', 'B-PER', 'I-PER', 'O'], 'id')).toEqual(O(4));
    expect(refineTags(words('“ When Rosa opened'), ['O', 'B-PER', 'I-PER', 'O'], 'en')).toEqual(['O', 'O', 'B-PER', 'O']);
  });

  it('trims lower-case words from the end of a name', () => {
    expect(refineTags(words('di Ukraina timur ,'), ['O', 'B-LOC', 'I-LOC', 'O'], 'id')).toEqual(['O', 'B-LOC', 'O', 'O']);
  });

  it('extends a name the model ended early to the company or body word after it', () => {
    expect(refineTags(words("by the Northern Port Workers ' Union over pay"), ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O', 'O', 'O'], 'en'))
      .toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    expect(refineTags(words('an analyst at Kestrel Commodities in London'), ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC'], 'en'))
      .toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC']);
    // Capitalised words that end in no such word stay out.
    expect(refineTags(words('in Northern Port Authority Beach today'), ['O', 'B-LOC', 'I-LOC', 'O', 'O', 'O'], 'en'))
      .toEqual(['O', 'B-LOC', 'I-LOC', 'O', 'O', 'O']);
  });

  it('trims a lower-case word from the front of a name, but not a name particle', () => {
    expect(refineTags(words('media pemerintah Korea Utara .'), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'], 'id')).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(refineTags(words('the painter Vincent van Gogh'), ['O', 'O', 'B-PER', 'I-PER', 'I-PER'], 'en')).toEqual(['O', 'O', 'B-PER', 'I-PER', 'I-PER']);
    expect(refineTags(words('said bin Laden'), ['O', 'B-PER', 'I-PER'], 'en')).toEqual(['O', 'B-PER', 'I-PER']);
  });

  it('reads a quoted source as an organisation ("Melansir Themoscowtimes", "Foto: Reuters")', () => {
    expect(refineTags(words('Melansir Themoscowtimes , Selasa'), O(4), 'id')).toEqual(['O', 'B-ORG', 'O', 'O']);
    expect(refineTags(words('( Foto : Reuters )'), O(5), 'id')).toEqual(['O', 'O', 'O', 'B-ORG', 'O']);
  });

  it('ignores the model in Title Case text, where capitals say nothing, keeping known names', () => {
    const w = words('Putin Bertukar Surat , Sepakat Perkuat Hubungan Rusia');
    const model: Tag[] = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'];
    expect(refineTags(w, model, 'id')).toEqual([...O(7), 'B-LOC']);
  });

  it('always returns valid IOB2 of the same length', () => {
    const w = words('Kata Bank Dunia di Jakarta Selatan , Presiden Joko Widodo');
    const model: Tag[] = ['I-PER', 'B-ORG', 'I-LOC', 'O', 'B-LOC', 'I-LOC', 'O', 'B-PER', 'I-PER', 'I-PER'];
    const out = refineTags(w, model, 'id');
    expect(out).toHaveLength(w.length);
    out.forEach((t, i) => {
      if (t.startsWith('I-')) expect(out[i - 1]?.slice(2)).toBe(t.slice(2));
    });
  });
});

describe('refineTags: organisation tails', () => {
  it('makes a multi-word name ending in a company word an organisation ("Granit Teguh Sdn Bhd")', () => {
    const w = words('kata Granit Teguh Sdn Bhd semalam');
    expect(refineTags(w, ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'], 'ms')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});

describe('refineTags: articles and speakers', () => {
  it('drops a "person" led by an article ("Der Schaden"), keeping articled places', () => {
    expect(refineTags(words('Der Schaden ist groß'), ['B-PER', 'I-PER', 'O', 'O'], 'de')).toEqual(O(4));
    expect(refineTags(words('in Los Angeles heute'), ['O', 'B-LOC', 'I-LOC', 'O'], 'en')).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('reads a lone capitalised word before a speech verb as a person, but not a known place', () => {
    expect(refineTags(words('" The mines are full , " Aranda said .'), O(10), 'en')[7]).toBe('B-PER');
    expect(refineTags(words('officials in Santiago said so'), O(5), 'en')).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
  });
});
