// What the browser loads on every page once automatic mode has its access: the content script's
// loader, its module and every chunk that module imports statically (not what it loads by dynamic
// import when the view opens). Gzip sizes, per file and in all; budget 4 KB (issue 5).
//   npm run -s bench:size -- [--dist dist/chrome]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { argsOrExit, readArgs } from '../lib/args';

const BUDGET = 4096;
const USAGE = 'Usage: npm run -s bench:size -- [--dist DIR]   (default dist/chrome)';
const dist = argsOrExit('bench:size', USAGE, (argv) => resolve(readArgs(argv, { dist: { type: 'string' } }).values.dist ?? 'dist/chrome'));
const assets = join(dist, 'assets');
if (!existsSync(assets)) {
  console.error(`bench:size: ${assets} not found: run \`npm run build\` first, or pass --dist DIR`);
  process.exit(2);
}

const loader = readdirSync(assets).find((f) => /^content-script\.ts-loader-.*\.js$/.test(f));
if (!loader) {
  console.error(`bench:size: no content-script loader in ${assets}`);
  process.exit(2);
}

const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const loaded: string[] = [loader];
const module = /getURL\(\s*["'`]assets\/([^"'`]+)["'`]\s*\)/.exec(readFileSync(join(assets, loader), 'utf8'))?.[1];
for (const queue = module ? [module] : []; queue.length;) {
  const file = queue.shift()!;
  if (loaded.includes(file)) continue;
  loaded.push(file);
  // Static imports only: `import … from"./x.js"` and bare `import"./x.js"`; import("./x.js") is lazy.
  for (const m of readFileSync(join(assets, file), 'utf8').matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(m[1]!);
}

const files = loaded.map((file) => ({ file, gzip: gz(file) }));
const total = files.reduce((sum, f) => sum + f.gzip, 0);
for (const f of files) console.log(`${String(f.gzip).padStart(6)} B  ${f.file}`);
console.log(`${String(total).padStart(6)} B  in all (budget ${BUDGET} B): ${total <= BUDGET ? 'within' : 'OVER'}`);
console.log(JSON.stringify({ dist, files, totalGzip: total, budget: BUDGET, within: total <= BUDGET }));
