// The GUM conversion (scripts/lib/gum.ts): named PER/ORG/LOC from GUM's all-mention annotation.
import { describe, expect, it } from 'vitest';
import { entityBrackets, gumSplits, namedTags, parseGum } from '../../../scripts/lib/gum';

/** A CoNLL-U row: id, form, UPOS and the MISC Entity value (other columns are not read). */
const row = (id: number, form: string, upos: string, entity = '') =>
  [id, form, form, upos, '_', '_', '0', 'dep', '_', entity ? `Entity=${entity}` : '_'].join('\t');

describe('entityBrackets', () => {
  it('reads openings, same-token closings and closings in order', () => {
    expect(entityBrackets('(2-abstract-new-sssss-cf2-2-coref(3-substance-new-sssss-cf3-1-coref-Iodine)')).toEqual([
      { open: true, id: '2', type: 'abstract', closes: false },
      { open: true, id: '3', type: 'substance', closes: true },
    ]);
    expect(entityBrackets('7)6)')).toEqual([{ open: false, id: '7' }, { open: false, id: '6' }]);
  });
});

describe('namedTags', () => {
  it('keeps a proper-noun mention, trims its determiner, and drops common-noun and pronoun mentions', () => {
    const tokens = ['the', 'University', 'of', 'Portsmouth', 'said', 'he', 'saw', 'the', 'military'];
    const upos = ['DET', 'PROPN', 'ADP', 'PROPN', 'VERB', 'PRON', 'VERB', 'DET', 'NOUN'];
    const tags = namedTags(tokens, upos, [
      { type: 'organization', start: 0, end: 4 },
      { type: 'place', start: 3, end: 4 },
      { type: 'person', start: 5, end: 6 },
      { type: 'organization', start: 7, end: 9 },
    ]);
    expect(tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O']);
  });

  it('leaves titles out of a person, and mentions of other types out altogether', () => {
    const tags = namedTags(['Secretary', 'Cardona', 'in', 'Iodine'], ['PROPN', 'PROPN', 'ADP', 'PROPN'], [
      { type: 'person', start: 0, end: 2 },
      { type: 'substance', start: 3, end: 4 },
    ]);
    expect(tags).toEqual(['O', 'B-PER', 'O', 'O']);
  });

  it('names the place a mention opens with before a comma or a preposition, where GUM marks only what follows', () => {
    // "Museum of Flight in Seattle, Washington": the outer place and "Seattle, Washington" hold a comma or
    // "in"; only "Washington" is a mention of its own.
    const tokens = ['the', 'Museum', 'of', 'Flight', 'in', 'Seattle', ',', 'Washington', 'was', 'proposed'];
    const upos = ['DET', 'PROPN', 'ADP', 'PROPN', 'ADP', 'PROPN', 'PUNCT', 'PROPN', 'AUX', 'VERB'];
    const tags = namedTags(tokens, upos, [
      { type: 'place', start: 0, end: 8 },
      { type: 'place', start: 5, end: 8 },
      { type: 'place', start: 7, end: 8 },
    ]);
    expect(tags).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O']);
  });

  it('names the person before an apposition or clause after a comma', () => {
    const tokens = ['with', 'John', 'FitzGibbon', ',', '2nd', 'Earl', 'of', 'Clare', 'and', 'Mary', 'Chaworth', ',', 'whom', 'he', 'loved'];
    const upos = ['ADP', 'PROPN', 'PROPN', 'PUNCT', 'ADJ', 'PROPN', 'ADP', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'PUNCT', 'PRON', 'PRON', 'VERB'];
    const tags = namedTags(tokens, upos, [
      { type: 'person', start: 1, end: 8 },
      { type: 'place', start: 7, end: 8 },
      { type: 'person', start: 9, end: 15 },
    ]);
    expect(tags).toEqual(['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O']);
  });

  it('leaves a nested mention its own type where a head would overlap it, and heads off common nouns', () => {
    // "Microsoft headquarters" (a place) holds the organisation "Microsoft": no place is made of it.
    const tags = namedTags(['Microsoft', 'headquarters', 'in', 'Redmond'], ['PROPN', 'NOUN', 'ADP', 'PROPN'], [
      { type: 'place', start: 0, end: 4 },
      { type: 'organization', start: 0, end: 1 },
      { type: 'place', start: 3, end: 4 },
    ]);
    expect(tags).toEqual(['B-ORG', 'O', 'O', 'B-LOC']);
  });

  it('drops a mention with an adjective or common noun among its words', () => {
    expect(namedTags(['Australian', 'children'], ['ADJ', 'NOUN'], [{ type: 'person', start: 0, end: 2 }])).toEqual(['O', 'O']);
  });
});

describe('parseGum', () => {
  it('turns a CoNLL-U document into sentences, skipping multi-word ranges and comments', () => {
    const text = [
      '# sent_id = x-1',
      row(1, 'Kim', 'PROPN', '(1-person-new-nnnnn-cf1-1-coref-Kim_Jong_Un)'),
      row(2, 'visited', 'VERB'),
      row(3, 'the', 'DET', '(2-place-new-nnnnn-cf2-1,2-coref'),
      row(4, 'Kremlin', 'PROPN', '2)'),
      '',
      '5-6\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
      row(5, 'Smith', 'PROPN', '(3-person-new-nnnnn-cf1-1-coref)'),
      '',
    ].join('\n');
    expect(parseGum(text)).toEqual([
      { tokens: ['Kim', 'visited', 'the', 'Kremlin'], tags: ['B-PER', 'O', 'O', 'B-LOC'] },
      { tokens: ['Smith'], tags: ['B-PER'] },
    ]);
  });
});

describe('gumSplits', () => {
  it('maps each listed document to the section it is listed under', () => {
    const splits = gumSplits('# Splits\n\n## dev\n\n  * GUM_news_iodine\n\n## test\n  * GUM_bio_byron\n## train\n  * GUM_court_loan\n');
    expect([...splits]).toEqual([['GUM_news_iodine', 'dev'], ['GUM_bio_byron', 'test'], ['GUM_court_loan', 'train']]);
  });
});

describe('namedTags on lists and appositions', () => {
  it('takes the parts of "San Francisco, California", not the whole', () => {
    const tokens = ['San', 'Francisco', ',', 'California'];
    const upos = ['PROPN', 'PROPN', 'PUNCT', 'PROPN'];
    const tags = namedTags(tokens, upos, [
      { type: 'place', start: 0, end: 4 }, { type: 'place', start: 0, end: 2 }, { type: 'place', start: 3, end: 4 },
    ]);
    expect(tags).toEqual(['B-LOC', 'I-LOC', 'O', 'B-LOC']);
  });
});

describe('proper nouns by their Penn tag, and what a person name may hold', () => {
  it('counts a word tagged NNP as a proper noun whatever its UPOS ("United" in "the United Kingdom")', () => {
    const cols = (id: number, form: string, upos: string, xpos: string, entity = '') =>
      [id, form, form, upos, xpos, '_', '0', 'dep', '_', entity ? `Entity=${entity}` : '_'].join('\t');
    const text = [
      cols(1, 'the', 'DET', 'DT', '(1-place-new-nnnnn-cf1-1,2-coref-United_Kingdom'),
      cols(2, 'United', 'VERB', 'NNP'),
      cols(3, 'Kingdom', 'PROPN', 'NNP', '1)'),
      cols(4, 'grew', 'VERB', 'VBD'),
      '',
    ].join('\n');
    expect(parseGum(text)[0]?.tags).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('keeps name particles inside a person and drops a person mention that runs on past its name', () => {
    expect(namedTags(['Ludwig', 'van', 'Beethoven'], ['PROPN', 'ADP', 'PROPN'], [{ type: 'person', start: 0, end: 3 }]))
      .toEqual(['B-PER', 'I-PER', 'I-PER']);
    const tokens = ['Professor', 'of', 'English', 'at', 'the', 'University', 'of', 'Copenhagen'];
    const upos = ['PROPN', 'ADP', 'PROPN', 'ADP', 'DET', 'PROPN', 'ADP', 'PROPN'];
    expect(namedTags(tokens, upos, [{ type: 'person', start: 0, end: 8 }, { type: 'organization', start: 4, end: 8 }]))
      .toEqual(['O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });
});

describe('the name inside a person mention', () => {
  const person = (tokens: string[], upos: string[]) => namedTags(tokens, upos, [{ type: 'person', start: 0, end: tokens.length }]);

  it('takes the name after a role or title in front of it', () => {
    expect(person(['Republican', 'Party', 'nominee', 'Ken', 'Cuccinelli'], ['ADJ', 'PROPN', 'NOUN', 'PROPN', 'PROPN']))
      .toEqual(['O', 'O', 'O', 'B-PER', 'I-PER']);
    expect(person(['NASA', 'Administrator', 'Charles', 'Bolden'], ['PROPN', 'PROPN', 'PROPN', 'PROPN']))
      .toEqual(['O', 'O', 'B-PER', 'I-PER']);
  });

  it('finds no name in a mention that ends in a title', () => {
    expect(person(['Virginia', "'s", 'Attorney', 'General'], ['PROPN', 'PART', 'PROPN', 'PROPN'])).toEqual(['O', 'O', 'O', 'O']);
  });
});

describe('prepositions inside a name', () => {
  it('joins "University of California" but splits "Columbia University in New York" into two names', () => {
    const tokens = ['Columbia', 'University', 'in', 'New', 'York', 'and', 'the', 'University', 'of', 'California'];
    const upos = ['PROPN', 'PROPN', 'ADP', 'PROPN', 'PROPN', 'CCONJ', 'DET', 'PROPN', 'ADP', 'PROPN'];
    const tags = namedTags(tokens, upos, [
      { type: 'organization', start: 0, end: 5 }, { type: 'organization', start: 0, end: 2 }, { type: 'place', start: 3, end: 5 },
      { type: 'organization', start: 6, end: 10 }, { type: 'place', start: 9, end: 10 },
    ]);
    expect(tags).toEqual(['B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });
});
