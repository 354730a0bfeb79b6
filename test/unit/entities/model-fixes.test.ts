// Fixes on the sequence model's tags before the document step (src/core/entities/model-fixes.ts).
import { describe, expect, it } from 'vitest';
import { fixModelTags, listedPlacesArePlaces, splitAtInnerLowerCase, splitPlaceFromPerson } from '../../../src/core/entities/model-fixes';
import type { Tag } from '../../../src/core/entities/types';

const words = (s: string) => s.split(' ');

describe('listedPlacesArePlaces', () => {
  it('retypes an organisation that is exactly a listed place', () => {
    expect(listedPlacesArePlaces(words('pemimpin Korea Utara Kim'), ['O', 'B-ORG', 'I-ORG', 'B-PER'])).toEqual(['O', 'B-LOC', 'I-LOC', 'B-PER']);
  });

  it('leaves an organisation that only starts with a place', () => {
    const tags: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG'];
    expect(listedPlacesArePlaces(words('Texas Instruments Inc'), [...tags])).toEqual(tags);
  });
});

describe('splitAtInnerLowerCase', () => {
  it('ends a name at a lower-case word of four letters or more, and drops a lone common word before it', () => {
    const tags: Tag[] = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(splitAtInnerLowerCase(words('dilaporkan Media pemerintah Korea Utara .'), tags, 'id')).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('keeps short joiners ("of", "dan") and lower-case ends to other fixes', () => {
    const tags: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'];
    expect(splitAtInnerLowerCase(words('Bank of New York'), [...tags], 'en')).toEqual(tags);
  });
});

describe('splitPlaceFromPerson', () => {
  it('splits a listed place from the listed first name after it', () => {
    expect(splitPlaceFromPerson(words('Presiden Rusia Vladimir Putin'), ['O', 'B-PER', 'I-PER', 'I-PER'])).toEqual(['O', 'B-LOC', 'B-PER', 'I-PER']);
  });
});

describe('fixModelTags', () => {
  it('runs every fix, the person edges last', () => {
    expect(fixModelTags(words('kata Wapres Boediono di Korea Utara'), ['O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG'], 'id'))
      .toEqual(['O', 'O', 'B-PER', 'O', 'B-LOC', 'I-LOC']);
  });
});
