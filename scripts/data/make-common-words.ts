// Builds src/rules/entities/common-words.json: per language, words the training text writes in lower
// case at least twice and never inside a name ("pesan", "hari", "surat"; "message", "week"). Capitalised
// at the start of a sentence, or making up a whole "person", such a word is no name. Read from the
// same splits the model trains on (idner train, en-uner-ewt dev), never from the sets it is scored on.
//   npm run -s make:common-words -- [--data ../shared/ner]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { argsOrExit, readArgs } from '../lib/args';
import { parseConll } from '../lib/conll';

const USAGE = 'Usage: npm run -s make:common-words -- [--data DIR]   (the gold sets; default ../shared/ner)';
const data = argsOrExit('make:common-words', USAGE, (argv) => resolve(readArgs(argv, { data: { type: 'string' } }).values.data ?? '../shared/ner'));
const SOURCES = [
  { lang: 'id', path: 'id-idner-news-2k/train.txt' },
  { lang: 'en', path: 'en-uner-ewt/en_ewt-ud-dev.iob2' },
];
const MIN_LOWER = 2;
const MIN_LENGTH = 3;

const out: Record<string, string[]> = {};
for (const { lang, path } of SOURCES) {
  const file = resolve(data, path);
  if (!existsSync(file)) {
    console.error(`missing ${file}: pass --data DIR (the ../shared/ner folder)`);
    process.exit(2);
  }
  const lower = new Map<string, number>();
  const inName = new Set<string>();
  for (const doc of parseConll(readFileSync(file, 'utf8')).documents) {
    for (const { tokens, tags } of doc.sentences) {
      for (const [i, token] of tokens.entries()) {
        const tag = tags[i];
        const word = token.toLowerCase();
        if (tag && tag !== 'O') inName.add(word);
        if (token === word && /^\p{L}+$/u.test(token)) lower.set(word, (lower.get(word) ?? 0) + 1);
      }
    }
  }
  out[lang] = [...lower].filter(([w, n]) => n >= MIN_LOWER && w.length >= MIN_LENGTH && !inName.has(w)).map(([w]) => w)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
writeFileSync(resolve('src/rules/entities/common-words.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(Object.entries(out).map(([l, w]) => `${l}: ${w.length} words`).join(', '));
