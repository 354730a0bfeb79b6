// Builds src/rules/entities/word-case.json (read by src/core/entities/word-case.ts): per language group,
// which words running text writes in lower case inside a sentence ('L': more than 90% of the time),
// capitalised ('U': more than 90%), or both ('M'), among words seen at least MIN_SEEN times past a
// sentence's first word. English: the main text of WCXB's development pages (CC BY 4.0; about 2 million
// words, every page type), read with the recognizer's own tokenizer. Indonesian: the words of IDNer
// train (MIT) and NERGrit train (Apache-2.0), never a set the tagger is scored on. Only bitmaps of hashed
// words are shipped (one per class, about one bit in seven set), never the text.
//   npm run -s make:word-case -- [--wcxb DIR] [--ner DIR]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentences, tokenize } from '../../src/core/entities/tokenize';
import { wordBit, type WordCaseJson } from '../../src/core/entities/word-case';
import { argsOrExit, readArgs } from '../lib/args';
import { parseConll } from '../lib/conll';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `Usage: npm run -s make:word-case -- [--wcxb DIR] [--ner DIR]
  --wcxb DIR  WCXB's development split (default ../shared/corpus/wcxb-dev next to the repo)
  --ner DIR   the gold NER sets (default ../shared/ner): only IDNer and NERGrit train are read`;
const MIN_SEEN = 3;
const SHARE = 0.9;
/**
 * Bitmap bits per listed word: six answer about 15% of unknown words wrongly (1 - e^(-1/6)). Measured in
 * December 2026, the lists are worth about 3 points of F1 on UNER EWT test and 1.5 on idner dev; the
 * bitmaps' size is what the entity budget allows beside the weights.
 */
const BITS_PER_WORD = 6;

const args = argsOrExit('make:word-case', USAGE, (argv) => {
  const { values } = readArgs(argv, { wcxb: { type: 'string' }, ner: { type: 'string' } });
  return { wcxb: resolve(values.wcxb ?? join(ROOT, '../shared/corpus/wcxb-dev')), ner: resolve(values.ner ?? join(ROOT, '../shared/ner')) };
});

class Counts {
  readonly lower = new Map<string, number>();
  readonly upper = new Map<string, number>();
  /** One sentence's words in order; the first word says nothing about its usual case. */
  add(words: readonly string[]): void {
    words.filter((w) => /\p{L}/u.test(w)).slice(1).forEach((w) => {
      if (/^\p{Lu}\p{Ll}/u.test(w)) this.upper.set(w.toLowerCase(), (this.upper.get(w.toLowerCase()) ?? 0) + 1);
      else if (/^\p{Ll}+$/u.test(w)) this.lower.set(w, (this.lower.get(w) ?? 0) + 1);
    });
  }
  classes(): Record<string, string[]> {
    const out: Record<string, string[]> = { L: [], U: [], M: [] };
    for (const word of new Set([...this.lower.keys(), ...this.upper.keys()])) {
      const up = this.upper.get(word) ?? 0;
      const seen = up + (this.lower.get(word) ?? 0);
      if (seen < MIN_SEEN || word.length < 2) continue;
      out[up / seen > SHARE ? 'U' : up / seen < 1 - SHARE ? 'L' : 'M']?.push(word);
    }
    return out;
  }
}

function bitmap(cls: string, words: readonly string[]): [number, string] {
  const size = Math.max(64, Math.ceil((words.length * BITS_PER_WORD) / 8) * 8);
  const map = new Uint8Array(size / 8);
  for (const w of words) {
    const bit = wordBit(cls, w, size);
    map[bit >>> 3] = (map[bit >>> 3] ?? 0) | (1 << (bit & 7));
  }
  return [size, Buffer.from(map).toString('base64')];
}

function need(path: string): string {
  if (!existsSync(path)) {
    console.error(`make:word-case: missing ${path}\n${USAGE}`);
    process.exit(2);
  }
  return path;
}

const english = new Counts();
const truth = need(join(args.wcxb, 'ground-truth'));
for (const file of readdirSync(truth).filter((f) => f.endsWith('.json')).sort()) {
  const text: string = JSON.parse(readFileSync(join(truth, file), 'utf8')).ground_truth?.main_content ?? '';
  for (const block of text.split(/\n+/)) {
    const tokens = tokenize(block, 'en');
    for (const s of sentences(block, 'en')) english.add(tokens.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.text));
  }
}
const indonesian = new Counts();
for (const path of ['id-idner-news-2k/train.txt', 'id-nergrit/train_preprocess.txt']) {
  for (const doc of parseConll(readFileSync(need(join(args.ner, path)), 'utf8')).documents) for (const s of doc.sentences) indonesian.add(s.tokens);
}

const json: WordCaseJson = { format: 'sift-word-case/1', groups: {} };
for (const [group, counts] of [['en', english], ['id', indonesian]] as const) {
  const classes = counts.classes();
  json.groups[group] = Object.fromEntries(Object.entries(classes).map(([cls, words]) => [cls, bitmap(cls, words)]));
  console.log(`${group}: ${Object.entries(classes).map(([c, w]) => `${c} ${w.length} words`).join(', ')}`);
}
writeFileSync(join(ROOT, 'src/rules/entities/word-case.json'), `${JSON.stringify(json, null, 1)}\n`);
