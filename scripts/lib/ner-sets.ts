// The gold sets of ../shared/ner: where each split lives, its language, and whether it is news.
import { join } from 'node:path';

export interface GoldSet {
  name: string;
  path: string;
  lang: string;
  /** Marker-less files are cut into stand-in documents of this many sentences for key entities. */
  corpus: 'idner' | 'nergrit' | 'en-uner-ewt';
  split: string;
}

export function goldSets(dir: string): GoldSet[] {
  return [
    { name: 'idner dev', corpus: 'idner', split: 'dev', lang: 'id', path: join(dir, 'id-idner-news-2k/dev.txt') },
    { name: 'idner train', corpus: 'idner', split: 'train', lang: 'id', path: join(dir, 'id-idner-news-2k/train.txt') },
    { name: 'nergrit valid', corpus: 'nergrit', split: 'valid', lang: 'id', path: join(dir, 'id-nergrit/valid_preprocess.txt') },
    { name: 'nergrit train', corpus: 'nergrit', split: 'train', lang: 'id', path: join(dir, 'id-nergrit/train_preprocess.txt') },
    { name: 'en-ewt dev', corpus: 'en-uner-ewt', split: 'dev', lang: 'en', path: join(dir, 'en-uner-ewt/en_ewt-ud-dev.iob2') },
    { name: 'en-ewt test', corpus: 'en-uner-ewt', split: 'test', lang: 'en', path: join(dir, 'en-uner-ewt/en_ewt-ud-test.iob2') },
  ];
}

/** The sets the shipped model is trained on: both Indonesian train splits and one English split. */
export function trainingFiles(dir: string, en: 'dev' | 'test' | 'none'): GoldSet[] {
  return goldSets(dir).filter((s) => s.split === 'train' || (s.corpus === 'en-uner-ewt' && s.split === en));
}
