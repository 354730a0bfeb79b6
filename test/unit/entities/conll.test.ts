import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addKeyEntities, chunkDocuments, keyEntities, normaliseTag, parseConll, prf, SpanScorer, spans } from '../../../scripts/lib/conll';
import { tagConllText } from '../../../scripts/cli/lib/tag-conll';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/ner');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseConll', () => {
  it('reads the space-separated CRLF layout (token UPOS NER)', () => {
    const file = parseConll(read('idner-sample.txt'));
    expect(file.marked).toBe(false);
    const [first, second] = file.documents[0]?.sentences ?? [];
    expect(first?.tokens).toEqual(['Presiden', 'Joko', 'Widodo', 'berkunjung', 'ke', 'Jakarta', '.']);
    expect(first?.tags).toEqual(['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
    expect(second?.tokens[0]).toBe('2016');
  });

  it('reads the NERGrit layout and maps its tag names', () => {
    const sentences = parseConll(read('nergrit-sample.txt')).documents.flatMap((d) => d.sentences);
    expect(sentences[0]?.tags).toEqual(['B-PER', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(sentences[1]?.tags).toEqual(['B-ORG', 'I-ORG']);
  });

  it('reads the UD-style layout: token in column 2, comments skipped, # newdoc starts a document', () => {
    const file = parseConll(read('uner-sample.iob2'));
    expect(file.marked).toBe(true);
    expect(file.documents).toHaveLength(2);
    expect(file.documents[0]?.sentences[0]?.tokens).toEqual(['Denise', 'Whitlock', 'lives', 'in', 'Chicago', '.']);
    expect(file.documents[1]?.sentences[0]?.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('treats -DOCSTART- as a document break and a token-only file as untagged', () => {
    const file = parseConll('-DOCSTART- O\n\nAna O\n\n-DOCSTART- O\n\nBudi B-PER\n');
    expect(file.documents.map((d) => d.sentences[0]?.tokens)).toEqual([['Ana'], ['Budi']]);
    expect(parseConll('Ana\nBudi\n').documents[0]?.sentences[0]).toEqual({ tokens: ['Ana', 'Budi'], tags: ['O', 'O'] });
  });

  it('cuts marker-less files into chunks of sentences', () => {
    const text = Array.from({ length: 45 }, (_, i) => `w${i} O\n`).join('\n');
    expect(chunkDocuments(parseConll(text), 20).map((d) => d.sentences.length)).toEqual([20, 20, 5]);
  });
});

describe('scoring', () => {
  it('normalises corpus tags', () => {
    expect(normaliseTag('B-PERSON')).toBe('B-PER');
    expect(normaliseTag('I-PLACE')).toBe('I-LOC');
    expect(normaliseTag('B-MISC')).toBe('O');
  });

  it('extracts chunks conlleval-style', () => {
    expect(spans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  it('counts typed exact matches only', () => {
    const scorer = new SpanScorer();
    scorer.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    scorer.add(['B-ORG'], ['B-LOC']);
    expect(scorer.all).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(prf(scorer.all).f1).toBeCloseTo(1 / 3);
  });

  it('finds key entities (two mentions or more) and scores them as sets', () => {
    const doc = [
      { tokens: ['Ana', 'met', 'Budi'], tags: ['B-PER', 'O', 'B-PER'] },
      { tokens: ['Ana', 'left'], tags: ['B-PER', 'O'] },
    ];
    expect([...keyEntities(doc)]).toEqual(['PER\tAna']);
    const c = { tp: 0, fp: 0, fn: 0 };
    addKeyEntities(c, new Set(['PER\tAna']), new Set(['PER\tAna', 'LOC\tBudi']));
    expect(c).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('ner CLI', () => {
  it.each(['idner-sample.txt', 'nergrit-sample.txt', 'uner-sample.iob2'])('prints one token<TAB>tag line per token of %s, sentences apart', (name) => {
    const sentences = parseConll(read(name)).documents.flatMap((d) => d.sentences);
    const blocks = tagConllText(read(name)).trimEnd().split('\n\n');
    expect(blocks).toHaveLength(sentences.length);
    blocks.forEach((block, k) => {
      const lines = block.split('\n').map((l) => l.split('\t'));
      expect(lines.map((l) => l[0])).toEqual(sentences[k]?.tokens);
      for (const l of lines) expect(l[1]).toMatch(/^(O|[BI]-(PER|ORG|LOC))$/);
    });
  });

  it('runs as a command, and fails with exit code 2 on a missing file', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, [join(ROOT, 'scripts/cli/ner.ts'), join(FIXTURES, 'uner-sample.iob2')], { encoding: 'utf8' });
    expect(out.split('\n')[0]).toMatch(/^Denise\t/);
    const missing = spawnSync(tsx, [join(ROOT, 'scripts/cli/ner.ts'), join(FIXTURES, 'no-such-file.txt')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
