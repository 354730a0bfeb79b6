// The built extension's chunks, as the first toolbar click on a page loads them (see vite.config.ts). This is the
// guard for @crxjs/vite-plugin upgrades (pinned exactly in package.json): a new version that reshapes the
// chunks fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';

const assets = join(DIST, 'assets');
const files = readdirSync(assets);
const chunk = (pattern: RegExp) => {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no chunk like ${pattern} in ${assets}: build first (npm run build)`);
  return file;
};
const staticImports = (file: string) =>
  [...readFileSync(join(assets, file), 'utf8').matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);

describe('chunks on the way to a first extraction', () => {
  it('the extraction chunk imports nothing the on-demand script has not already asked for', () => {
    const onDemand = chunk(/^on-demand\.ts-(?!loader)[^/]*\.js$/);
    const extraction = chunk(/^open-reader\.ts-(?!loader)[^/]*\.js$/);
    const askedAtOnce = staticImports(onDemand);
    // Anything else is learnt of only once the extraction chunk is in and parsed: one more round trip.
    expect(staticImports(extraction).filter((f) => !askedAtOnce.includes(f))).toEqual([]);
    expect(readFileSync(join(assets, onDemand), 'utf8')).toContain(`import(\`./${extraction}\`)`);
  });

  it('the overlay, which the on-demand script imports, brings no chunk of its own along', () => {
    const onDemand = chunk(/^on-demand\.ts-(?!loader)[^/]*\.js$/);
    const overlay = chunk(/^overlay-[^/]*\.js$/);
    expect(staticImports(onDemand)).toContain(overlay);
    expect(staticImports(overlay).filter((f) => !staticImports(onDemand).includes(f))).toEqual([]);
  });

  it('the loader injected with the on-demand script fetches that same extraction chunk', () => {
    const extraction = chunk(/^open-reader\.ts-(?!loader)[^/]*\.js$/);
    const loader = readFileSync(join(assets, chunk(/^open-reader\.ts-loader-[^/]*\.js$/)), 'utf8');
    expect(loader).toContain(`getURL("assets/${extraction}")`);
  });
});

describe('release files', () => {
  it('the built extension carries the licence and the third-party notices, as in the repository', () => {
    for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) {
      expect(readFileSync(join(DIST, file), 'utf8')).toBe(readFileSync(file, 'utf8'));
    }
  });
});
