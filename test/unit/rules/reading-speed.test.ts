import { describe, expect, it } from 'vitest';
import speeds from '../../../src/rules/reading-speed.json';
import { LANGUAGE_RULES } from '../../../src/rules/clutter';

type Speed = { wordsPerMinute?: number; charactersPerMinute?: number; scripts?: string[]; estimated?: boolean };
const languages = speeds.languages as Record<string, Speed>;

describe('reading-speed.json', () => {
  it('has a rate for Indonesian, Thai and every language with clutter rules', () => {
    for (const lang of [...Object.keys(LANGUAGE_RULES), 'id', 'th']) expect(languages[lang], lang).toBeDefined();
  });

  it('gives each language words a minute, or characters a minute with the scripts they are counted in', () => {
    for (const [lang, speed] of Object.entries(languages)) {
      if (speed.charactersPerMinute !== undefined) {
        expect(speed.wordsPerMinute, lang).toBeUndefined();
        expect(speed.charactersPerMinute, lang).toBeGreaterThanOrEqual(150);
        expect(speed.charactersPerMinute, lang).toBeLessThanOrEqual(1500);
        expect(speed.scripts?.length, lang).toBeGreaterThan(0);
        for (const script of speed.scripts ?? []) expect(() => new RegExp(`\\p{sc=${script}}`, 'u'), script).not.toThrow();
      } else {
        expect(speed.wordsPerMinute, lang).toBeGreaterThanOrEqual(100);
        expect(speed.wordsPerMinute, lang).toBeLessThanOrEqual(350);
        expect(speed.scripts, lang).toBeUndefined();
      }
    }
  });

  it('counts Chinese, Japanese and Thai by characters, and says where it cites no study', () => {
    for (const lang of ['zh', 'ja', 'th']) expect(languages[lang]?.charactersPerMinute, lang).toBeDefined();
    expect(speeds.source).toMatch(/IReST/);
    // The IReST study's 17 languages carry its figures; the others are marked as estimates.
    for (const lang of ['id', 'ms', 'tl', 'vi', 'ko', 'th']) expect(languages[lang]?.estimated, lang).toBe(true);
    expect(Object.keys(languages)).toEqual(Object.keys(languages).sort());
    expect(speeds.defaultWordsPerMinute).toBeGreaterThanOrEqual(150);
  });
});
