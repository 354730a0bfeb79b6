import { describe, expect, it } from 'vitest';
import { sentences, supportedScript, tokenize } from '../../../src/core/entities/tokenize';

describe('tokenize', () => {
  it('gives exact offsets into the text for words and punctuation', () => {
    const text = 'Presiden  Rusia, Vladimir Putin (71) — bertemu di “Pyongyang”.';
    const tokens = tokenize(text, 'id');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Presiden', 'Rusia', ',', 'Vladimir', 'Putin', '(', '71', ')', '—', 'bertemu', 'di', '“', 'Pyongyang', '”', '.']);
  });

  it('splits hyphens between capitalised parts but keeps lower-case compounds whole or split consistently', () => {
    const words = tokenize('pertemuan Putin-Kim dan hubungan Rusia-Korea', 'id').map((t) => t.text);
    expect(words).toEqual(['pertemuan', 'Putin', '-', 'Kim', 'dan', 'hubungan', 'Rusia', '-', 'Korea']);
  });

  it('splits an English possessive off a name', () => {
    const text = "Putin's visit";
    const tokens = tokenize(text, 'en');
    expect(tokens.map((t) => t.text)).toEqual(['Putin', "'s", 'visit']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps offsets exact around astral characters and odd language tags', () => {
    const text = '😀 Ana bertemu Budi';
    const tokens = tokenize(text, 'not a tag!');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Budi');
  });
});

describe('sentences', () => {
  it('returns trimmed sentence spans', () => {
    const text = 'Putin tiba di Pyongyang. Kim menyambutnya.  ';
    const spans = sentences(text, 'id');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Putin tiba di Pyongyang.', 'Kim menyambutnya.']);
  });
});

describe('supportedScript', () => {
  it('accepts Latin-script text', () => {
    expect(supportedScript('Presiden Rusia Vladimir Putin')).toBe(true);
    expect(supportedScript('Ça coûte cher à Zürich, señor')).toBe(true);
  });

  it.each([
    ['Chinese', '俄罗斯总统普京与朝鲜领导人金正恩'],
    ['Japanese', 'プーチン大統領は金正恩氏と会談した'],
    ['Arabic', 'التقى الرئيس الروسي بوتين'],
    ['Hebrew', 'נשיא רוסיה פוטין נפגש'],
    ['Thai', 'ประธานาธิบดีปูตินพบกับคิม'],
    ['Devanagari', 'रूस के राष्ट्रपति पुतिन'],
    ['Cyrillic', 'Президент России Владимир Путин'],
  ])('rejects %s', (_name, text) => {
    expect(supportedScript(text)).toBe(false);
  });

  it('rejects text without letters', () => {
    expect(supportedScript('12:30 — 14:45')).toBe(false);
  });
});
