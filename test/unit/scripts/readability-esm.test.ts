import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readabilityModuleSource } from '../../../scripts/build/readability-esm';

const source = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

describe('readabilityModuleSource', () => {
  it('turns the installed Readability.js into an ES module whose Readability extracts an article', async () => {
    const esm = readabilityModuleSource(source);
    expect(esm).not.toMatch(/module\.exports/);
    const file = join(mkdtempSync(join(tmpdir(), 'sift-readability-')), 'Readability.mjs');
    writeFileSync(file, esm);
    const { Readability } = await import(pathToFileURL(file).href) as { Readability: new (doc: Document) => { parse(): { title: string; textContent: string } | null } };
    const prose = 'The harbour reopened on Monday after three weeks of repairs to the sea wall, officials said. '.repeat(8);
    const { document } = new JSDOM(`<title>Harbour reopens</title><body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1><p>${prose}</p><p>${prose}</p></article></body>`).window;
    const article = new Readability(document).parse();
    expect(article?.title).toBe('Harbour reopens');
    expect(article?.textContent).toContain('sea wall');
  });

  it('refuses a Readability.js that no longer ends with its CommonJS export', () => {
    expect(() => readabilityModuleSource('function Readability() {}\nexport default Readability;\n')).toThrow(/module\.exports/);
  });
});
