// Entity recognition speed and size in the browser the reader runs in: bundles src/core/entities
// (code + data, minified, as the reading view loads it), runs it in headless Debian Chromium over the
// article fixtures' bodies (and, with --gold DIR, the Indonesian and English gold texts), and prints
// milliseconds per 1,000 words once warm (median of --rounds runs per document, after one warm-up
// pass), the very first call's time, and the bundle's gzip size. Last line: one JSON object.
//   npm run -s bench:entities:browser -- [--gold ../shared/ner] [--rounds 5]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { argsOrExit, count, readArgs } from '../lib/args';
import { median, percentile, r2 } from './lib/bench-util';
import { chunkDocuments } from '../lib/conll';
import { goldExists, goldSets, readGold } from '../lib/ner-sets';

interface Doc { name: string; lang: string; blocks: string[]; words: number }

const USAGE = `Usage: npm run -s bench:entities:browser -- [--gold DIR] [--rounds N]
  --gold DIR    also the Indonesian and English gold texts of DIR (e.g. ../shared/ner)
  --rounds N    timed runs per document, after one warm-up pass (default 5)`;
const { rounds, gold } = argsOrExit('bench:entities:browser', USAGE, (argv) => {
  const { values: v } = readArgs(argv, { gold: { type: 'string' }, rounds: { type: 'string' } });
  return { rounds: v.rounds === undefined ? 5 : count('--rounds', v.rounds), gold: v.gold };
});
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`Chromium not found at ${chrome}: apt-get install -y chromium, or set CHROME_PATH`);
  process.exit(2);
}
if (gold && !existsSync(gold)) {
  console.error(`--gold ${gold}: no such directory (expected ../shared/ner with id-idner-news-2k/ and en-uner-ewt/)`);
  process.exit(2);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function fixtureDocs(): Doc[] {
  const index = JSON.parse(readFileSync(resolve('test/fixtures/pages/index.json'), 'utf8')) as { file: string; lang: string; article: boolean; body: string }[];
  return index.filter((p) => p.article).map((p) => {
    const blocks = p.body.split('\n\n');
    return { name: p.file, lang: p.lang, blocks, words: countWords(p.body) };
  });
}

/** Gold sentences regrouped into 20-sentence documents of plain text (tokens joined by spaces). */
function goldDocs(dir: string): Doc[] {
  const docs: Doc[] = [];
  for (const set of goldSets(dir).filter((s) => s.split === 'dev')) {
    if (!goldExists(set)) continue;
    const file = readGold(set);
    // Chunks of the whole file, markers or not: the same stand-in documents for every set.
    chunkDocuments({ documents: file.documents, marked: false }).forEach((chunk, i) => {
      const blocks = chunk.sentences.map((sentence) => sentence.tokens.join(' '));
      docs.push({ name: `${set.name}#${i}`, lang: set.lang, blocks, words: countWords(blocks.join(' ')) });
    });
  }
  return docs;
}

async function main(): Promise<void> {
  // The same bundler as the extension build, minified, everything the recogniser imports inlined.
  const output = await build({
    configFile: false, logLevel: 'silent',
    build: {
      write: false, minify: true, target: 'es2022',
      lib: { entry: resolve('src/core/entities/recognize.ts'), formats: ['iife'], name: 'SiftEntities', fileName: 'entities' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const code = chunks.map((c) => ('code' in c ? c.code : '')).join('\n');
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  const docs = [...fixtureDocs(), ...(gold ? goldDocs(gold) : [])];
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: code });
    const { first, times } = await page.evaluate(({ docs, rounds }) => {
      const api = (globalThis as unknown as { SiftEntities: { recognizeEntities(b: string[], o: { lang: string }): unknown } }).SiftEntities;
      // The very first call, as when the reading view opens: weights decoded, tables built, code not yet optimised.
      const start = performance.now();
      api.recognizeEntities(docs[0]!.blocks, { lang: docs[0]!.lang });
      const first = performance.now() - start;
      for (const d of docs) api.recognizeEntities(d.blocks, { lang: d.lang }); // one warm-up pass over everything
      const times = docs.map((d) => {
        const runs: number[] = [];
        for (let r = 0; r < rounds; r++) {
          const start = performance.now();
          api.recognizeEntities(d.blocks, { lang: d.lang });
          runs.push(performance.now() - start);
        }
        return runs.sort((a, b) => a - b)[runs.length >> 1]!;
      });
      return { first, times };
    }, { docs, rounds });
    const perK = times.map((ms, i) => (ms / Math.max(1, docs[i]!.words)) * 1000);
    const totalWords = docs.reduce((n, d) => n + d.words, 0);
    const totalMs = times.reduce((a, b) => a + b, 0);
    console.log(`Chromium ${browser.version()}: ${docs.length} documents, ${totalWords} words, median of ${rounds} runs each`);
    console.log(`ms per 1,000 words: overall ${r2((totalMs / totalWords) * 1000)}, per document median ${r2(median(perK))}, p95 ${r2(percentile(perK, 95))}`);
    console.log(`first call (cold, ${docs[0]!.name}, ${docs[0]!.words} words): ${r2(first)} ms`);
    console.log(`entity code + data bundle: ${r2(code.length / 1024)} KB minified, ${r2(gzipKb)} KB gzip`);
    console.log(JSON.stringify({
      browser: browser.version(), documents: docs.length, words: totalWords, firstCallMs: r2(first),
      msPer1000Words: r2((totalMs / totalWords) * 1000), medianMsPer1000Words: r2(median(perK)), p95MsPer1000Words: r2(percentile(perK, 95)),
      bundleKb: r2(code.length / 1024), bundleGzipKb: r2(gzipKb),
    }));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
