// File names for saved articles: a slug of the title that every common file system accepts.
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/ui/reader/export/file-name';

describe('fileNameFor', () => {
  it('makes a lower-case slug of the title, hyphens between words', () => {
    expect(fileNameFor('Warga Demak Hadapi Rob: "Air Laut Naik Tiap Tahun"', 'md')).toBe('warga-demak-hadapi-rob-air-laut-naik-tiap-tahun.md');
  });

  it('keeps letters of any script and accents, as the title has them', () => {
    expect(fileNameFor('東京の桜、満開に', 'html')).toBe('東京の桜-満開に.html');
    expect(fileNameFor('Él café Straße', 'md')).toBe('él-café-straße.md');
    expect(fileNameFor('مرحبا بالعالم', 'md')).toBe('مرحبا-بالعالم.md');
  });

  it('drops every character a file system refuses, and controls, dots and emoji', () => {
    const name = fileNameFor('a<b>c:d"e/f\\g|h?i*j\u0000k\u001f.. 🎉 ../etc', 'md');
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-k-etc.md');
    expect(name.slice(0, -3)).not.toMatch(/[<>:"/\\|?*\u0000-\u001f.]/);
  });

  it('falls back to a plain name when no letter or digit is left, and avoids names Windows reserves', () => {
    expect(fileNameFor('', 'md')).toBe('article.md');
    expect(fileNameFor('?!…', 'html')).toBe('article.html');
    expect(fileNameFor('CON', 'md')).toBe('con-.md');
    expect(fileNameFor('Lpt1', 'md')).toBe('lpt1-.md');
  });

  it('stays short, cut on a whole character and never after a hyphen', () => {
    const long = fileNameFor(`${'kata '.repeat(30)}😀𠀀𠀀`, 'md');
    expect(Array.from(long.slice(0, -3)).length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^kata(-kata)+\.md$/);
    const astral = fileNameFor('𠀀'.repeat(100), 'md');
    expect(Array.from(astral.slice(0, -3))).toEqual(Array(80).fill('𠀀'));
  });
});
