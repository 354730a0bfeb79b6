// Trains the entity tagger's weights (src/rules/entities/model.json) from the gold sets in ../shared/ner:
// an averaged structured perceptron (Viterbi) over the hashed features of src/core/entities/features.ts,
// deterministic (fixed seed, fixed file order). Training sets: IDNer train (counted three times), ONE English
// UNER-EWT split (dev by default, so test stays held out), GUM train, BTC and WNUT 2017 train; NERGrit
// only on request (--with nergrit).
//
//   npm run -s train:ner -- [--data DIR] [--en dev|test|none] [--epochs N] [--seeds N] [--rows N] [--out FILE] [--with CORPUS]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contextFeatures, HASH_BITS, sentenceFeatures } from '../../src/core/entities/features';
import { loadWeights, MAX_CODE, TAGS, type Weights } from '../../src/core/entities/model';
import { decode, START } from '../../src/core/entities/tagger';
import type { Tag } from '../../src/core/entities/types';
import { argsOrExit, count, readArgs, UsageError } from '../lib/args';
import { parseConll, SpanScorer, prf, type Sentence } from '../lib/conll';
import { goldExists, readGold, SKIPPED_BY_DEFAULT, trainingFiles } from '../lib/ner-sets';
import { featureCounts, ship } from './lib/ship-model';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `Usage: npm run -s train:ner -- [--data DIR] [--en dev|test|none] [--epochs N] [--seeds N] [--rows N] [--out FILE]
  --data DIR    the gold sets (default ../shared/ner next to the repo)
  --en SPLIT    which English UNER-EWT split to train on (default dev; the other one is the held-out check)
  --epochs N    passes over the data (default 12)
  --seeds N     average the weights of N runs with different shuffles (default 5: one run's weights swing
                a point of F1 with the shuffle order; the average is steadier, same size and speed)
  --rows N      keep the N feature buckets that matter most: largest |weight| times log(1 + how often the
                feature fires in the training data), default 18500 (the size budget: every row costs
                about 3 bytes gzip)
  --levels N    integer codes span -N..N for 99.5% of the kept rows (default 7: measured in December 2026,
                at the same file size 7 levels and 20,000 rows held idner dev at 0.838 where 31 levels and
                12,000 rows fell to 0.816; the English sets moved less than 0.015 either way)
  --out FILE    where to write the model (default src/rules/entities/model.json)
  --id-repeat N each Indonesian training sentence counts N times per epoch (default 3): the English sets
                are ten times larger and would otherwise pull the shared weights their way
  --with CORPUS / --skip CORPUS   nergrit is left out by default (its conventions, acronyms outside names
                and lower-case heads inside places, cost ~8 F1 points on IDNer news); --skip en-gum,
                en-btc or en-wnut17 leaves an English set out (see SOURCES.md for what each adds)`;

interface Args { data: string; en: 'dev' | 'test' | 'none'; epochs: number; seeds: number; rows: number; levels: number; out: string; skip: string[]; idRepeat: number }

const OPTIONS = {
  data: { type: 'string' }, en: { type: 'string' }, epochs: { type: 'string' }, seeds: { type: 'string' }, rows: { type: 'string' },
  levels: { type: 'string' }, out: { type: 'string' }, 'id-repeat': { type: 'string' },
  skip: { type: 'string', multiple: true }, with: { type: 'string', multiple: true },
} as const;

function parseArgs(argv: readonly string[]): Args {
  const { values: v, tokens } = readArgs(argv, OPTIONS);
  const en = v.en ?? 'dev';
  if (en !== 'dev' && en !== 'test' && en !== 'none') throw new UsageError(`--en needs dev, test or none, not ${en}`);
  const rows = v.rows === undefined ? 18_500 : count('--rows', v.rows, 1);
  const levels = v.levels === undefined ? 7 : count('--levels', v.levels, 0);
  if (levels > MAX_CODE) throw new UsageError(`--levels needs an integer ≤ ${MAX_CODE}`);
  const idRepeat = v['id-repeat'] === undefined ? 3 : count('--id-repeat', v['id-repeat'], 1);
  if (idRepeat > 9) throw new UsageError('--id-repeat needs an integer from 1 to 9');
  // --skip and --with in the order given: `--with X --skip X` leaves X out.
  let skip: string[] = [...SKIPPED_BY_DEFAULT];
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    const corpus = t.value;
    if (t.name === 'skip') skip.push(corpus);
    if (t.name === 'with') skip = skip.filter((c) => c !== corpus);
  }
  return {
    data: resolve(v.data ?? resolve(ROOT, '../shared/ner')), en, epochs: v.epochs === undefined ? 12 : count('--epochs', v.epochs, 0),
    seeds: v.seeds === undefined ? 5 : count('--seeds', v.seeds, 1), rows, levels,
    out: v.out === undefined ? join(ROOT, 'src/rules/entities/model.json') : resolve(v.out), skip, idRepeat,
  };
}

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Deterministic PRNG (mulberry32) for the shuffles. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WIDTH = TAGS.length;

/** Averaged perceptron with lazy averaging: average = w - u / c. */
class Perceptron {
  readonly w = new Float64Array((1 << HASH_BITS) * WIDTH);
  readonly u = new Float64Array((1 << HASH_BITS) * WIDTH);
  c = 1;
  readonly current: Weights = {
    add: (bucket, scores) => {
      const at = bucket * WIDTH;
      for (let t = 0; t < WIDTH; t++) scores[t] = (scores[t] ?? 0) + (this.w[at + t] ?? 0);
    },
  };
  update(features: number[], tag: number, delta: number): void {
    for (const f of features) {
      this.w[f * WIDTH + tag] = (this.w[f * WIDTH + tag] ?? 0) + delta;
      this.u[f * WIDTH + tag] = (this.u[f * WIDTH + tag] ?? 0) + this.c * delta;
    }
  }
  averaged(): Float64Array {
    return this.w.map((v, i) => v - (this.u[i] ?? 0) / this.c);
  }
}

function train(sets: Array<{ lang: string; sentences: Sentence[] }>, epochs: number, seed: number): Perceptron {
  const model = new Perceptron();
  const all = sets.flatMap((s) => s.sentences.map((sentence) => ({ lang: s.lang, sentence })));
  const random = rng(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    let errors = 0;
    for (const { lang, sentence } of all) {
      const predicted = decode(sentence.tokens, lang, model.current);
      if (predicted.some((t, i) => t !== sentence.tags[i])) {
        errors++;
        // Structured perceptron: reward the gold path's features, penalise the predicted path's.
        const { features, lower, shapes } = sentenceFeatures(sentence.tokens, lang);
        const path = (tags: readonly Tag[], delta: number) =>
          tags.forEach((tag, i) => {
            const prev = i === 0 ? START : (tags[i - 1] ?? 'O');
            const f = (features[i] ?? []).concat(contextFeatures(prev, lower[i] ?? '', shapes[i] ?? ''));
            model.update(f, TAGS.indexOf(tag), delta);
          });
        path(sentence.tags, 1);
        path(predicted, -1);
      }
      model.c++;
    }
    console.error(`epoch ${epoch}: ${errors} sentences wrong`);
  }
  return model;
}

function evaluate(name: string, sentences: Sentence[], lang: string, weights: Weights): void {
  const scorer = new SpanScorer();
  for (const s of sentences) scorer.add(s.tags, decode(s.tokens, lang, weights) as Tag[]);
  console.error(`  ${name}: F1 ${prf(scorer.all).f1.toFixed(3)}`);
}

function main(): void {
  const args = argsOrExit('train:ner', USAGE, parseArgs);
  if (!existsSync(args.data)) usage(`gold data not found: ${args.data} (pass --data DIR, the folder with id-idner-news-2k/, id-nergrit/, en-uner-ewt/)`);
  const files = trainingFiles(args.data, args.en).filter((f) => !args.skip.includes(f.corpus));
  const missing = files.filter((f) => !goldExists(f));
  if (missing.length) usage(`missing training file(s): ${missing.map((f) => f.path).join(', ')}`);
  const sets = files.map((f) => {
    const sentences = readGold(f).documents.flatMap((d) => d.sentences);
    return { lang: f.lang, sentences: f.lang === 'id' ? Array.from({ length: args.idRepeat }, () => sentences).flat() : sentences };
  });
  for (const [k, f] of files.entries()) console.error(`training on ${f.name}: ${relative(ROOT, f.path)} (${sets[k]?.sentences.length} sentences, ${f.lang})`);
  const averaged = new Float64Array((1 << HASH_BITS) * WIDTH);
  for (let k = 0; k < args.seeds; k++) {
    const run = train(sets, args.epochs, 20240611 + k * 7919).averaged();
    for (let i = 0; i < averaged.length; i++) averaged[i] = (averaged[i] ?? 0) + (run[i] ?? 0) / args.seeds;
  }
  const json = ship(averaged, featureCounts(sets), args.rows, args.levels);
  writeFileSync(args.out, `${JSON.stringify(json, null, 1)}\n`);
  console.error(`wrote ${relative(process.cwd(), args.out)}: ${json.keys.length} key chars, scale ${json.scale}`);
  const float: Weights = { add: (b, scores) => { for (let t = 0; t < WIDTH; t++) scores[t] = (scores[t] ?? 0) + (averaged[b * WIDTH + t] ?? 0); } };
  const shipped = loadWeights(json);
  const dev = join(args.data, 'id-idner-news-2k/dev.txt');
  if (existsSync(dev)) evaluate('idner dev (float weights)', parseConll(readFileSync(dev, 'utf8')).documents.flatMap((d) => d.sentences), 'id', float);
  if (existsSync(dev)) evaluate('idner dev (shipped weights)', parseConll(readFileSync(dev, 'utf8')).documents.flatMap((d) => d.sentences), 'id', shipped);
}

main();
