import { describe, expect, it } from 'vitest';
import { iobRanges, placeEvidence, splitLeadingPlaces, spansOf, type Span } from '../../../src/core/entities/spans';
import type { Tag } from '../../../src/core/entities/types';
import { tokenizeSimply } from './fake-tagger';

/** Spans of `text` where the words of `tagged` (a substring) carry one B-/I- run of `label`. */
function spansWith(text: string, tagged: string, label: 'PER' | 'ORG' | 'LOC', lang = 'id'): Span[] {
  const tokens = tokenizeSimply(text);
  const from = text.indexOf(tagged);
  const to = from + tagged.length;
  let inside = 0;
  const tags: Tag[] = tokens.map((t) => (t.start >= from && t.end <= to ? `${inside++ ? 'I' : 'B'}-${label}` as Tag : 'O'));
  return spansOf(0, text, tokens, tags, lang);
}

describe('iobRanges', () => {
  it('reads IOB2 runs, a new B- starting a new span', () => {
    expect(iobRanges(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { from: 0, to: 2, type: 'person' }, { from: 3, to: 4, type: 'place' }, { from: 4, to: 6, type: 'place' },
    ]);
  });

  it('starts a span at an I- without its B- and at a change of type', () => {
    expect(iobRanges(['O', 'I-ORG', 'I-PER'])).toEqual([{ from: 1, to: 2, type: 'organization' }, { from: 2, to: 3, type: 'person' }]);
  });
});

describe('spansOf: titles and roles are never part of a name', () => {
  it.each([
    ['Kemarin Presiden Joko Widodo tiba.', 'Presiden Joko Widodo', 'Joko Widodo', 'id'],
    ['Wakil Presiden Ma’ruf Amin hadir.', 'Wakil Presiden Ma’ruf Amin', 'Ma’ruf Amin', 'id'],
    ['Menurut Prof. Dr. Ir. H. Ali Rahman itu benar.', 'Prof. Dr. Ir. H. Ali Rahman', 'Ali Rahman', 'id'],
    ['“Yes,” Mr. Bell said.', 'Mr. Bell', 'Bell', 'en'],
    ['Prime Minister Anthony Albanese spoke.', 'Prime Minister Anthony Albanese', 'Anthony Albanese', 'en'],
    ['Laut Frau Katrin Vossberg war es knapp.', 'Frau Katrin Vossberg', 'Katrin Vossberg', 'de'],
  ])('%s', (text, tagged, name, lang) => {
    const spans = spansWith(text, tagged, 'PER', lang);
    expect(spans.map((s) => s.text)).toEqual([name]);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe(name);
    expect(spans[0]?.afterRole).toBe(true);
  });

  it('cuts a role from an organisation or place only when a name of two words is left', () => {
    expect(spansWith('Gubernur Jawa Tengah hadir.', 'Gubernur Jawa Tengah', 'LOC').map((s) => s.text)).toEqual(['Jawa Tengah']);
    expect(spansWith('The Premier League said.', 'Premier League', 'ORG', 'en').map((s) => s.text)).toEqual(['Premier League']);
    expect(spansWith('Shares of General Motors fell.', 'General Motors', 'ORG', 'en').map((s) => s.text)).toEqual(['General Motors']);
  });

  it('drops a span that is only a role', () => {
    expect(spansWith('Kata Presiden kemarin.', 'Presiden', 'PER')).toEqual([]);
  });

  it('knows a role written untagged in front ("Mayor" left out by the tagger)', () => {
    const spans = spansWith('Mayor Denise Whitlock said.', 'Denise Whitlock', 'PER', 'en');
    expect(spans[0]).toMatchObject({ text: 'Denise Whitlock', afterRole: true });
  });

  it('does not cut a name that merely starts like a role ("Pakistan", "Kingston")', () => {
    expect(spansWith('Di Pakistan hujan.', 'Pakistan', 'LOC').map((s) => s.text)).toEqual(['Pakistan']);
    expect(spansWith('In Kingston today.', 'Kingston', 'LOC', 'en').map((s) => s.text)).toEqual(['Kingston']);
  });

  it('leaves a possessive out of the name', () => {
    const text = 'Tessaro’s plant and Rosa’s Corner Bakery.';
    const tokens = tokenizeSimply(text);
    const tags: Tag[] = tokens.map((t) => (t.text === 'Tessaro’s' || t.text === 'Rosa’s' ? 'B-ORG' : /^(Corner|Bakery)$/.test(t.text) ? 'I-ORG' : 'O'));
    expect(spansOf(0, text, tokens, tags, 'en').map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([['Tessaro', 'Tessaro'], ['Rosa’s Corner Bakery', 'Rosa’s Corner Bakery']]);
  });

  it('drops a one-letter "name" (the pronoun "I", a stray initial)', () => {
    expect(spansWith('Now I know.', 'I', 'PER', 'en')).toEqual([]);
  });

  it('reads the name after a photo credit as an organisation', () => {
    const spans = spansWith('Putin-Kim Bertukar Surat (Foto: Reuters)', 'Reuters', 'PER');
    expect(spans.map((s) => [s.text, s.type])).toEqual([['Reuters', 'organization']]);
    expect(spansWith('(Photo: AFP)', 'AFP', 'LOC', 'en').map((s) => s.type)).toEqual(['organization']);
  });

  it('keeps a photographer\'s full name a person', () => {
    expect(spansWith('(Photo: John Smith)', 'John Smith', 'PER', 'en').map((s) => [s.text, s.type])).toEqual([['John Smith', 'person']]);
  });
});

describe('splitLeadingPlaces: a place in front of a name is split off', () => {
  const evidence = (places: string[], people: Span[] = []) => placeEvidence([
    ...places.map((text) => ({ block: 0, start: 0, end: text.length, text, type: 'place' as const, tokens: tokenizeSimply(text), afterRole: false })),
    ...people,
  ]);

  it('"Presiden Rusia Vladimir Putin" = Rusia + Vladimir Putin', () => {
    const text = 'Presiden Rusia Vladimir Putin tiba.';
    const [span] = spansWith(text, 'Presiden Rusia Vladimir Putin', 'PER');
    const split = splitLeadingPlaces(span as Span, text, evidence(['Rusia']));
    expect(split.map((s) => [s.text, s.type])).toEqual([['Rusia', 'place'], ['Vladimir Putin', 'person']]);
    for (const s of split) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('"Duta Besar Rusia untuk Pyongyang Alexander Matsegora" = Rusia, Pyongyang + Alexander Matsegora', () => {
    const text = 'Duta Besar Rusia untuk Pyongyang Alexander Matsegora mengatakan.';
    const [span] = spansWith(text, 'Duta Besar Rusia untuk Pyongyang Alexander Matsegora', 'PER');
    const split = splitLeadingPlaces(span as Span, text, evidence(['Rusia', 'Pyongyang']));
    expect(split.map((s) => [s.text, s.type])).toEqual([['Rusia', 'place'], ['Pyongyang', 'place'], ['Alexander Matsegora', 'person']]);
  });

  it('splits after a link word ("untuk Pyongyang Alexander Matsegora")', () => {
    const text = 'Duta Besar Rusia untuk Pyongyang Alexander Matsegora mengatakan.';
    const [span] = spansWith(text, 'Pyongyang Alexander Matsegora', 'PER');
    expect(splitLeadingPlaces(span as Span, text, evidence(['Pyongyang'])).map((s) => s.text)).toEqual(['Pyongyang', 'Alexander Matsegora']);
  });

  it('leaves a name alone without a role or link in front, or when its start begins another name', () => {
    const text = 'Kemarin Jordan Peterson Smith bicara.';
    const [span] = spansWith(text, 'Jordan Peterson Smith', 'PER');
    expect(splitLeadingPlaces(span as Span, text, evidence(['Jordan'])).map((s) => s.text)).toEqual(['Jordan Peterson Smith']);

    const led = 'Pemimpin Kim Jong Un bicara.';
    const [kim] = spansWith(led, 'Kim Jong Un', 'PER');
    const other = spansWith('Lalu Kim Jong Un pergi.', 'Kim Jong Un', 'PER');
    expect(splitLeadingPlaces(kim as Span, led, evidence(['Kim'], [kim as Span, ...other])).map((s) => s.text)).toEqual(['Kim Jong Un']);
  });
});
