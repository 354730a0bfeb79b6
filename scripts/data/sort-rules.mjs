// Keeps the rule data files tidy: every list sorted by code point, duplicates (ignoring case) dropped,
// keys in the schema's order. `node scripts/data/sort-rules.mjs` rewrites src/rules/clutter/*.json and
// src/rules/detect/*.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = ['src/rules/clutter', 'src/rules/detect'];
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function tidy(list) {
  const seen = new Set();
  return [...list].sort(byCodePoint).filter((phrase) => {
    // The same folding as normPhrase in src/core/declutter/rules.ts: case, spacing, apostrophes.
    const key = phrase.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

for (const path of DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)))) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const out = {};
  for (const key of Object.keys(data).sort((a, b) => (typeof data[a] === 'string' ? -1 : 0) - (typeof data[b] === 'string' ? -1 : 0) || byCodePoint(a, b))) {
    out[key] = Array.isArray(data[key]) ? tidy(data[key]) : data[key];
  }
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
}
