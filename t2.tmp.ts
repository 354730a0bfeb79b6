import { readFileSync } from 'node:fs';
import { parseConll } from './scripts/lib/conll';
import { placeMarks } from './src/core/entities/features';
for (const f of ['/work/shared/ner/id-idner-news-2k/train.txt', '/work/shared/ner/id-idner-news-2k/dev.txt', '/work/shared/ner/en-uner-ewt/en_ewt-ud-dev.iob2']) {
  const c = new Map<string, number>();
  for (const d of parseConll(readFileSync(f, 'utf8')).documents) for (const s of d.sentences) {
    placeMarks(s.tokens).forEach((m, i) => { if (m === 'B') { const k = (s.tags[i] ?? "O") === "O" ? s.tokens[i] ?? "" : "LOCish"; c.set(k, (c.get(k) ?? 0) + 1); } });
  }
  console.log(f, [...c]);
}
