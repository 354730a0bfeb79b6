// Tags a CoNLL / IOB2 file with the shipped entity tagger and prints `token<TAB>TAG` lines (IOB2 over
// PER, ORG, LOC), one blank line between sentences, in the input's order. Reads the token column of any
// layout in ../shared/ner (see scripts/lib/conll.ts); tags in the input are ignored.
//
//   npm run -s ner -- FILE [--lang LANG]     LANG: BCP 47 (default: guessed from the file's words)
// Exit codes: 0 ok, 2 usage error or unreadable FILE.
import { readFileSync } from 'node:fs';
import { tagConllText } from './lib/tag-conll';

const USAGE = `Usage: npm run -s ner -- FILE [--lang LANG]
  FILE         CoNLL / IOB2 file: "token tag", "token UPOS tag", or UD-style "index<TAB>token<TAB>tag..."
  --lang LANG  language of the text (en, id...); default: guessed from common function words`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function main(argv: string[]): void {
  let file: string | undefined;
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return;
    }
    if (a === '--lang') {
      lang = argv[++i];
      if (lang === undefined) fail(`--lang needs a value\n${USAGE}`, 2);
    } else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a}\n${USAGE}`, 2);
    else if (file === undefined) file = a;
    else fail(`only one FILE, got ${file} and ${a}\n${USAGE}`, 2);
  }
  if (file === undefined) fail(USAGE, 2);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    fail(`ner: cannot read ${file}: ${(err as Error).message}`, 2);
  }
  // `ner FILE | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
  process.stdout.write(tagConllText(text, lang));
}

main(process.argv.slice(2));
