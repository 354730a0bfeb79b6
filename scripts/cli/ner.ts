// Tags a CoNLL / IOB2 file with the shipped entity tagger and prints `token<TAB>TAG` lines (IOB2 over
// PER, ORG, LOC), one blank line between sentences, in the input's order. Reads the token column of any
// layout in ../shared/ner (see scripts/lib/conll.ts); tags in the input are ignored.
//
//   npm run -s ner -- FILE [--lang LANG]     LANG: BCP 47 (default: guessed from the file's words)
// Exit codes: 0 ok, 2 usage error or unreadable FILE.
import { readFileSync } from 'node:fs';
import { argsOrExit, readArgs, UsageError } from '../lib/args';
import { tagConllText } from './lib/tag-conll';

const USAGE = `Usage: npm run -s ner -- FILE [--lang LANG]
  FILE         CoNLL / IOB2 file: "token tag", "token UPOS tag", or UD-style "index<TAB>token<TAB>tag..."
  --lang LANG  language of the text (en, id...); default: guessed from common function words`;

function parseArgs(argv: readonly string[]): { file: string; lang?: string } {
  const { values, positionals } = readArgs(argv, { lang: { type: 'string' } }, { positionals: true });
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('no FILE');
  if (extra !== undefined) throw new UsageError(`only one FILE, got ${file} and ${extra}`);
  return { file, lang: values.lang };
}

function main(): void {
  const { file, lang } = argsOrExit('ner', USAGE, parseArgs);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    console.error(`ner: cannot read ${file}: ${(err as Error).message}`);
    process.exit(2);
  }
  // `ner FILE | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(tagConllText(text, lang));
}

main();
