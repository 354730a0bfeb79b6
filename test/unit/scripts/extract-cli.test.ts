import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs, parseArgs, UsageError } from '../../../scripts/cli/lib/extract-args';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGES = 'test/fixtures/pages';
const index = JSON.parse(readFileSync(`${ROOT}${PAGES}/index.json`, 'utf8')) as { file: string; url: string; title: string; article: boolean }[];
const seed = index.find((e) => e.file === 'seed.html');
const search = index.find((e) => e.file === 'nonarticle-de-search.html');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/cli/extract.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('extract CLI (child process)', () => {
  it('prints one JSON line per file: an error line for a missing file, then the article; exit code 0', async () => {
    expect(seed).toBeDefined();
    const { code, stdout } = await run(['--format', 'json', '--url', seed!.url, 'no-such-file.html', `${PAGES}/seed.html`]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ file: 'no-such-file.html', error: expect.stringContaining('no such file') });
    const article = lines[1]!;
    for (const key of ['file', 'url', 'isArticle', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'text', 'html', 'removed', 'entities', 'timings']) {
      expect(article).toHaveProperty(key);
    }
    expect(article.file).toBe(`${PAGES}/seed.html`);
    expect(article.url).toBe(seed!.url);
    expect(article.isArticle).toBe(true);
    expect(article.title).toBe(seed!.title);
    expect(typeof article.text).toBe('string');
    expect((article.text as string).startsWith('FAKTUAL-INDONESIA:')).toBe(true);
    expect(Array.isArray(article.removed)).toBe(true);
    expect((article.timings as { totalMs: number }).totalMs).toBeGreaterThan(0);
    // Entities: {text, type, mentions, salience}, sorted by salience, each written in the article (its
    // body text or a caption: the html, tags aside).
    const entities = article.entities as Array<{ text: string; type: string; mentions: number; salience: number }>;
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(Object.keys(e).sort()).toEqual(['key', 'mentions', 'salience', 'text', 'type']);
      expect(['person', 'organization', 'place']).toContain(e.type);
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
      expect((article.html as string).replace(/<[^>]*>/g, '')).toContain(e.text);
    }
    const scores = entities.map((e) => e.salience);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says isArticle: false for a page the classifier turns down, with every key still there', async () => {
    expect(search?.article).toBe(false);
    const { code, stdout } = await run(['--url', search!.url, `${PAGES}/${search!.file}`]);
    expect(code).toBe(0);
    const line = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(line.isArticle).toBe(false);
    for (const key of ['file', 'url', 'title', 'text', 'html', 'removed', 'entities', 'timings']) expect(line).toHaveProperty(key);
  });

  it('exits 2 with the usage on stderr for an unknown flag', async () => {
    const { code, stdout, stderr } = await run(['--nope', `${PAGES}/seed.html`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown option: --nope');
    expect(stderr).toContain('Usage:');
  });
});

describe('parseArgs', () => {
  it('defaults to json and takes --format and --url in both spellings', () => {
    expect(parseArgs(['a.html'])).toEqual({ format: 'json', help: false, inputs: ['a.html'] });
    expect(parseArgs(['--format=markdown', '--url', 'https://x.example/p', 'a.html', 'b.html']))
      .toEqual({ format: 'markdown', url: 'https://x.example/p', help: false, inputs: ['a.html', 'b.html'] });
    expect(parseArgs(['--', '--odd-name.html']).inputs).toEqual(['--odd-name.html']);
  });
  it('rejects unknown flags, bad formats, bad URLs and no files', () => {
    expect(() => parseArgs(['--x', 'a.html'])).toThrow(UsageError);
    expect(() => parseArgs(['--format', 'pdf', 'a.html'])).toThrow(/bad format/);
    expect(() => parseArgs(['--format'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--url', 'not a url', 'a.html'])).toThrow(/absolute URL/);
    expect(() => parseArgs([])).toThrow(/no input files/);
  });
});

describe('expandInputs', () => {
  it('expands a directory to its .html files in name order and passes other paths through', () => {
    const files = expandInputs([`${ROOT}${PAGES}`, 'missing.html']);
    const html = files.filter((f) => f.endsWith('.html') && f !== 'missing.html');
    expect(html).toHaveLength(index.length);
    expect(html).toEqual([...html].sort());
    expect(files.at(-1)).toBe('missing.html');
    expect(files.some((f) => f.endsWith('index.json'))).toBe(false);
  });
});
