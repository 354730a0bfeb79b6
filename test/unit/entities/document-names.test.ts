// A document's names settled once every sentence is tagged (core/entities/document-names.ts), and the
// three callers that must agree on it: the view's recognizer, the `ner` command and the benchmark.
import { describe, expect, it } from 'vitest';
import { settleDocument } from '../../../src/core/entities/document-names';
import { recognizeEntities } from '../../../src/core/entities';
import type { Tag } from '../../../src/core/entities/types';
import { tagConllText } from '../../../scripts/cli/lib/tag-conll';
import { fakeTagger } from './fake-tagger';

const words = (s: string) => s.split(' ');
const O = (s: string): Tag[] => words(s).map(() => 'O');

describe('settleDocument', () => {
  it('reads a surname standing alone as the person the document named in full', () => {
    const sentences = [words('Antonín Dvořák was born in Nelahozeves'), words('Dvořák displayed his gifts early')];
    const tags: Tag[][] = [['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC'], O('Dvořák displayed his gifts early')];
    expect(settleDocument(sentences, tags)[1]).toEqual(['B-PER', 'O', 'O', 'O', 'O']);
  });

  it('retypes a lone surname the sentence read as a place', () => {
    const sentences = [words('Darnell Hurt asked the court'), words('Hurt appealed')];
    const tags: Tag[][] = [['B-PER', 'I-PER', 'O', 'O', 'O'], ['B-LOC', 'O']];
    expect(settleDocument(sentences, tags)[1]).toEqual(['B-PER', 'O']);
  });

  it('leaves a surname alone when the document also writes the word in lower case', () => {
    const sentences = [words('Darnell Hurt asked the court'), words('Nobody was hurt'), words('Hurt appealed')];
    const tags: Tag[][] = [['B-PER', 'I-PER', 'O', 'O', 'O'], O('Nobody was hurt'), O('Hurt appealed')];
    expect(settleDocument(sentences, tags)[2]).toEqual(['O', 'O']);
  });

  it('gives a name the type most of its mentions have, and leaves a tie as it was', () => {
    const sentences = [words('Jakarta grew'), words('Jakarta shrank'), words('Jakarta won'), words('Bandung lost'), words('Bandung drew')];
    const tags: Tag[][] = [['B-LOC', 'O'], ['B-LOC', 'O'], ['B-ORG', 'O'], ['B-LOC', 'O'], ['B-ORG', 'O']];
    const settled = settleDocument(sentences, tags);
    expect(settled.map((t) => t[0])).toEqual(['B-LOC', 'B-LOC', 'B-LOC', 'B-LOC', 'B-ORG']);
  });
});

describe('settleDocument: sentence openers', () => {
  it('drops a lone word opening a sentence when the document writes it in lower case too', () => {
    const sentences = [words('Union leaders met'), words('the union asked for more'), words('Reuters said so')];
    const tags: Tag[][] = [['B-ORG', 'O', 'O'], O('the union asked for more'), ['B-ORG', 'O', 'O']];
    const settled = settleDocument(sentences, tags);
    expect(settled[0]).toEqual(['O', 'O', 'O']);
    expect(settled[2]).toEqual(['B-ORG', 'O', 'O']);
  });

  it('keeps it inside a sentence, and keeps a longer name', () => {
    const sentences = [words('the Union met'), words('Union Pacific grew'), words('a union')];
    const tags: Tag[][] = [['O', 'B-ORG', 'O'], ['B-ORG', 'I-ORG', 'O'], O('a union')];
    const settled = settleDocument(sentences, tags);
    expect(settled[0]).toEqual(['O', 'B-ORG', 'O']);
    expect(settled[1]).toEqual(['B-ORG', 'I-ORG', 'O']);
  });
});

describe('settleDocument: short forms', () => {
  it('reads a short form defined in brackets after a name as that name, wherever it stands', () => {
    const sentences = [words('at the Kennedy Space Center ( KSC ) today'), words('many KSC employees'), words('the FBI came')];
    const tags: Tag[][] = [['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O', 'O'], O('many KSC employees'), O('the FBI came')];
    const settled = settleDocument(sentences, tags);
    expect(settled[0]?.[6]).toBe('B-LOC');
    expect(settled[1]).toEqual(['O', 'B-LOC', 'O']);
    expect(settled[2]).toEqual(O('the FBI came'));
  });

  it('takes no bracketed word that does not start like the name', () => {
    const sentences = [words('Komisi Pemberantasan Korupsi ( DPR ) said'), words('DPR said')];
    const tags: Tag[][] = [['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O'], O('DPR said')];
    expect(settleDocument(sentences, tags)[1]).toEqual(['O', 'O']);
  });
});

describe('the document step in its callers', () => {
  it('marks the lone surname in the view, as a mention of the same person', () => {
    const blocks = ['Antonín Dvořák was born in Nelahozeves. Later he moved.', 'Dvořák displayed his gifts early.'];
    const result = recognizeEntities(blocks, { lang: 'en' }, fakeTagger({ 'Antonín Dvořák': 'PER' }));
    expect(result.mentions.map((m) => [m.block, m.text, m.type])).toEqual([[0, 'Antonín Dvořák', 'person'], [1, 'Dvořák', 'person']]);
    expect(result.entities).toHaveLength(1);
  });

  it('settles each document of a CoNLL file in the ner command, and no further', () => {
    const doc = (lines: string[]) => ['-DOCSTART- O', '', ...lines].join('\n');
    const text = [doc(['Antonín O', 'Dvořák O', 'composed O', '', 'Dvořák O', 'wrote O', '']), doc(['Dvořák O', 'wrote O', ''])].join('\n');
    // A model that knows the full name only: the lone surname is the document's work.
    const model = (tokens: string[]): Tag[] => tokens.map((t, i) => (t === 'Antonín' ? 'B-PER' : t === 'Dvořák' && tokens[i - 1] === 'Antonín' ? 'I-PER' : 'O'));
    const out = tagConllText(text, 'en', model).trim().split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')[1]));
    expect(out).toEqual([['B-PER', 'I-PER', 'O'], ['B-PER', 'O'], ['O', 'O']]);
  });
});
