// Where a person's name starts (src/core/entities/person-edges.ts): titles out, a missed given name in.
import { describe, expect, it } from 'vitest';
import { fixPersonEdges } from '../../../src/core/entities/person-edges';
import type { Tag } from '../../../src/core/entities/types';

const fix = (sentence: string, tags: string[], lang = 'en') => fixPersonEdges(sentence.split(' '), tags as Tag[], lang);

describe('fixPersonEdges', () => {
  it('leaves a title out of the name, with or without its dot', () => {
    expect(fix('Mr Dar said', ['B-PER', 'I-PER', 'O'])).toEqual(['O', 'B-PER', 'O']);
    expect(fix('then Justice Scalia wrote', ['O', 'B-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'B-PER', 'O']);
    expect(fix('kata Wapres Boediono', ['O', 'B-PER', 'I-PER'], 'id')).toEqual(['O', 'O', 'B-PER']);
  });

  it('drops a "person" that is only a title', () => {
    expect(fix('the President spoke', ['O', 'B-PER', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('takes in the unknown given name right before a person', () => {
    expect(fix('named the man as Tariq Ahmed Dar', ['O', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER'])).toEqual(['O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER']);
  });

  it('makes a person of the capitalised words after an honorific the model left untagged', () => {
    expect(fix('Mr. Wasserstrom , you are', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-PER', 'O', 'O', 'O']);
    expect(fix('Dr Lasdon Smith wrote', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(fix('Mr. and Mrs. Smith', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-PER']);
  });

  it('leaves out a title, a listed place, a common word and a word usually written in lower case', () => {
    expect(fix('Senator John Cornyn', ['O', 'B-PER', 'I-PER'])).toEqual(['O', 'B-PER', 'I-PER']);
    expect(fix('in London Boris Johnson', ['O', 'O', 'B-PER', 'I-PER'])).toEqual(['O', 'O', 'B-PER', 'I-PER']);
    expect(fix('However John said', ['O', 'B-PER', 'O'])).toEqual(['O', 'B-PER', 'O']);
    expect(fix('But Putin said', ['O', 'B-PER', 'O'])).toEqual(['O', 'B-PER', 'O']);
  });

  it('touches no other type and keeps the tags valid IOB2', () => {
    expect(fix('Tariq Ahmed Dar', ['O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG']);
    expect(fix('Mr Dar', ['B-PER', 'I-PER'])).toEqual(['O', 'B-PER']);
  });
});
