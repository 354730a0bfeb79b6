// Entity tagger benchmark: typed exact-match span precision / recall / F1 (conlleval style) on the gold
// sets of ../shared/ner, key-entity F1, and speed. Prints figures, never asserts; the LAST line of stdout
// is one JSON object with every figure. Sets the shipped model was trained on are marked: only the
// others are held-out figures.
//
//   npm run -s bench:entities -- [--gold DIR]
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { tagTokens } from '../../src/core/entities/tagger';
import { tagDocument } from '../cli/lib/tag-conll';
import { argsOrExit, readArgs, UsageError } from '../lib/args';
import { addKeyEntities, chunkDocuments, keyEntities, prf, SpanScorer, TYPES, type Counts } from '../lib/conll';
import { goldExists, goldSets, readGold, SKIPPED_BY_DEFAULT, trainingFiles } from '../lib/ner-sets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'Usage: npm run -s bench:entities -- [--gold DIR]   (default ../shared/ner next to the repo)';
// Which splits the shipped weights were trained on: train-ner's defaults (NERGrit left out; SOURCES.md).
const trainedOn = (gold: string) => new Set(trainingFiles(gold, 'dev').filter((s) => !SKIPPED_BY_DEFAULT.includes(s.corpus)).map((s) => s.name));
const CHUNK = 20;

function parseArgs(argv: readonly string[]): string {
  const gold = resolve(readArgs(argv, { gold: { type: 'string' } }).values.gold ?? resolve(ROOT, '../shared/ner'));
  if (!existsSync(gold)) throw new UsageError(`gold directory not found: ${gold}`);
  return gold;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const pad = (s: string | number, n: number) => String(s).padEnd(n);

function main(): void {
  const gold = argsOrExit('bench:entities', USAGE, parseArgs);
  const TRAINED_ON = trainedOn(gold);
  const results: Record<string, unknown>[] = [];
  // The first call decodes the weights: timed apart, so ms/1000 tokens is the steady tagging speed.
  const t0 = performance.now();
  tagTokens(['Warm', 'up'], 'en');
  const loadMs = r3(performance.now() - t0);
  let allTokens = 0;
  let allMs = 0;
  console.log(`${pad('set', 15)}${pad('trained', 9)}${pad('type', 9)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}gold spans`);
  for (const set of goldSets(gold)) {
    if (!goldExists(set)) {
      console.log(`${pad(set.name, 15)}missing: ${set.path}`);
      continue;
    }
    const file = readGold(set);
    const docs = chunkDocuments(file, CHUNK);
    const scorer = new SpanScorer();
    const key: Counts = { tp: 0, fp: 0, fn: 0 };
    let tokens = 0;
    let ms = 0;
    for (const doc of docs) {
      const t0 = performance.now();
      const tagged = tagDocument(doc.sentences, set.lang);
      ms += performance.now() - t0;
      const predicted = doc.sentences.map((s, k) => {
        const tags = tagged[k] ?? [];
        tokens += s.tokens.length;
        scorer.add(s.tags, tags);
        return { tokens: s.tokens, tags };
      });
      addKeyEntities(key, keyEntities(doc.sentences), keyEntities(predicted));
    }
    allTokens += tokens;
    allMs += ms;
    const trained = TRAINED_ON.has(set.name);
    const rows = [...TYPES.map((t) => [t, scorer.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 }] as const), ['ALL', scorer.all] as const];
    const figures: Record<string, unknown> = { set: set.name, lang: set.lang, trainedOn: trained, tokens };
    for (const [type, c] of rows) {
      const s = prf(c);
      figures[type] = { p: r3(s.precision), r: r3(s.recall), f1: r3(s.f1), gold: c.tp + c.fn };
      console.log(`${pad(set.name, 15)}${pad(trained ? 'yes' : 'no', 9)}${pad(type, 9)}${pad(s.precision.toFixed(3), 7)}${pad(s.recall.toFixed(3), 7)}${pad(s.f1.toFixed(3), 7)}${c.tp + c.fn}`);
    }
    const k = prf(key);
    figures.keyEntityF1 = r3(k.f1);
    figures.keyEntityGold = key.tp + key.fn;
    figures.documents = file.marked ? `${docs.length} (# newdoc / -DOCSTART- markers)` : `${docs.length} (chunks of ${CHUNK} sentences: no markers)`;
    figures.msPer1000Tokens = r3((ms / tokens) * 1000);
    console.log(`${pad(set.name, 15)}${pad(trained ? 'yes' : 'no', 9)}key-entity F1 ${k.f1.toFixed(3)} over ${key.tp + key.fn} gold key entities; documents: ${figures.documents}; ${figures.msPer1000Tokens} ms/1000 tokens`);
    results.push(figures);
  }
  const msPer1000 = r3((allMs / allTokens) * 1000);
  console.log(`\nTrained on: ${[...TRAINED_ON].join(', ')} (rows marked "yes" are NOT held-out figures). Held out: the others, never trained on; but the settings (data, features, rows kept, code levels) were compared on every held-out set, EWT and GUM test included, so none of them is untouched: the English news measured apart from this project is.`);
  console.log('Speed: the first set also pays for JIT warm-up; the overall figure is the one to quote.');
  console.log(`Speed (Node ${process.version}, the model and the document step, weights already loaded): ${msPer1000} ms per 1,000 tokens over ${allTokens} tokens; loading the weights once: ${loadMs} ms.`);
  console.log('Key entities: distinct (type, text) with at least two mentions in a document.');
  console.log(JSON.stringify({ trainedOn: [...TRAINED_ON], tunedOn: ['idner dev', 'gum dev', 'en-ewt test', 'gum test'], sets: results, msPer1000Tokens: msPer1000, weightsLoadMs: loadMs, tokens: allTokens }));
}

main();
