// The gold sets of ../shared/ner: where each split lives, its language, and how to read it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, type ConllFile } from './conll';
import { gumDocuments } from './gum';

/** Corpora train-ner leaves out unless asked (--with): what the shipped weights are NOT trained on. */
export const SKIPPED_BY_DEFAULT: readonly Corpus[] = ['nergrit'];

export type Corpus = 'idner' | 'nergrit' | 'en-uner-ewt' | 'en-gum' | 'en-btc' | 'en-wnut17';

export interface GoldSet {
  name: string;
  /** A CoNLL file, or for GUM its folder (documents chosen by splits.md). */
  path: string;
  lang: string;
  corpus: Corpus;
  split: string;
}

export function goldSets(dir: string): GoldSet[] {
  const wnut = join(dir, 'en-wnut17/CONLL-format/data');
  return [
    { name: 'idner dev', corpus: 'idner', split: 'dev', lang: 'id', path: join(dir, 'id-idner-news-2k/dev.txt') },
    { name: 'idner train', corpus: 'idner', split: 'train', lang: 'id', path: join(dir, 'id-idner-news-2k/train.txt') },
    { name: 'nergrit valid', corpus: 'nergrit', split: 'valid', lang: 'id', path: join(dir, 'id-nergrit/valid_preprocess.txt') },
    { name: 'nergrit train', corpus: 'nergrit', split: 'train', lang: 'id', path: join(dir, 'id-nergrit/train_preprocess.txt') },
    { name: 'en-ewt dev', corpus: 'en-uner-ewt', split: 'dev', lang: 'en', path: join(dir, 'en-uner-ewt/en_ewt-ud-dev.iob2') },
    { name: 'en-ewt test', corpus: 'en-uner-ewt', split: 'test', lang: 'en', path: join(dir, 'en-uner-ewt/en_ewt-ud-test.iob2') },
    { name: 'gum train', corpus: 'en-gum', split: 'train', lang: 'en', path: join(dir, 'en-gum') },
    { name: 'gum dev', corpus: 'en-gum', split: 'dev', lang: 'en', path: join(dir, 'en-gum') },
    { name: 'gum test', corpus: 'en-gum', split: 'test', lang: 'en', path: join(dir, 'en-gum') },
    // BTC has no official split: all of it is training data (it is not news, so not a measure).
    { name: 'btc all', corpus: 'en-btc', split: 'train', lang: 'en', path: join(dir, 'en-btc/CONLL-format/data') },
    { name: 'wnut17 train', corpus: 'en-wnut17', split: 'train', lang: 'en', path: join(wnut, 'train/wnut17train.conll') },
    { name: 'wnut17 test', corpus: 'en-wnut17', split: 'test', lang: 'en', path: join(wnut, 'test/emerging.test.annotated') },
  ];
}

/** Reads a gold set: a CoNLL file, BTC's section files (a, b, e, f, g, h: one document each) or GUM's split. */
export function readGold(set: GoldSet): ConllFile {
  if (set.corpus === 'en-gum') return { documents: gumDocuments(set.path, set.split), marked: true };
  if (set.corpus === 'en-btc') {
    const files = readdirSync(set.path).filter((f) => f.endsWith('.conll')).sort();
    return { documents: files.flatMap((f) => parseConll(readFileSync(join(set.path, f), 'utf8')).documents), marked: false };
  }
  return parseConll(readFileSync(set.path, 'utf8'));
}

export const goldExists = (set: GoldSet) => existsSync(set.path);

/**
 * Every train split and one English UNER-EWT split (dev by default; test stays held out); train-ner's
 * default --skip leaves NERGrit out of the shipped weights.
 */
export function trainingFiles(dir: string, en: 'dev' | 'test' | 'none'): GoldSet[] {
  return goldSets(dir).filter((s) => s.split === 'train' || (s.corpus === 'en-uner-ewt' && s.split === en));
}
