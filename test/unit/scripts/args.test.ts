// The scripts' one argument parser (scripts/lib/args.ts, over node:util parseArgs): both spellings of a
// value, help, and the usage errors a mistyped command line gets; then a script run as npm runs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { count, HelpRequested, readArgs, UsageError } from '../../../scripts/lib/args';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OPTIONS = { limit: { type: 'string' }, dir: { type: 'string' }, big: { type: 'boolean' }, skip: { type: 'string', multiple: true } } as const;

describe('readArgs', () => {
  it('reads --name value and --name=value alike, and flags', () => {
    expect(readArgs(['--limit', '1', '--big'], OPTIONS).values).toEqual({ limit: '1', big: true });
    expect(readArgs(['--limit=1'], OPTIONS).values).toEqual({ limit: '1' });
    expect(readArgs(['--dir=a=b'], OPTIONS).values.dir).toBe('a=b');
    expect(readArgs(['--limit=-1'], OPTIONS).values.limit).toBe('-1');
  });

  it('says which option is unknown', () => {
    expect(() => readArgs(['--nope'], OPTIONS)).toThrow(new UsageError('unknown option: --nope'));
    expect(() => readArgs(['--nope=3'], OPTIONS)).toThrow(/unknown option: --nope/);
    expect(() => readArgs(['-x'], OPTIONS)).toThrow(/unknown option: -x/);
  });

  it('wants a value where one is due, and none on a flag', () => {
    expect(() => readArgs(['--limit'], OPTIONS)).toThrow(new UsageError('--limit needs a value'));
    expect(() => readArgs(['--limit='], OPTIONS)).toThrow(/--limit needs a value/);
    // The next option is not taken for the value.
    expect(() => readArgs(['--dir', '--big'], OPTIONS)).toThrow(/--dir needs a value .*--dir=--big/);
    expect(() => readArgs(['--big=yes'], OPTIONS)).toThrow(/--big takes no value/);
  });

  it('takes other arguments only where the script reads them; after --, anything is one', () => {
    expect(() => readArgs(['a.html'], OPTIONS)).toThrow(/unexpected argument: a.html/);
    expect(readArgs(['a.html', '--big', '-', '--', '--odd.html'], OPTIONS, { positionals: true }).positionals).toEqual(['a.html', '-', '--odd.html']);
  });

  it('throws HelpRequested for -h and --help, before anything else is checked', () => {
    expect(() => readArgs(['-h'], OPTIONS)).toThrow(HelpRequested);
    expect(() => readArgs(['--nope', '--help'], OPTIONS)).toThrow(HelpRequested);
  });

  it('leaves an optional value out when none follows', () => {
    const opts = { fixtures: { type: 'string' }, limit: { type: 'string' } } as const;
    const read = (argv: string[]) => readArgs(argv, opts, { optionalValue: ['fixtures'] }).values;
    expect(read(['--fixtures'])).toEqual({ fixtures: '' });
    expect(read(['--fixtures', '--limit', '3'])).toEqual({ fixtures: '', limit: '3' });
    expect(read(['--fixtures', 'pages'])).toEqual({ fixtures: 'pages' });
    expect(read(['--fixtures=pages'])).toEqual({ fixtures: 'pages' });
  });

  it('keeps every value of a repeatable option, and the order of all in tokens', () => {
    const { values, tokens } = readArgs(['--skip', 'a', '--limit', '2', '--skip=b'], OPTIONS);
    expect(values.skip).toEqual(['a', 'b']);
    expect(tokens.flatMap((t) => (t.kind === 'option' ? [`${t.name}=${t.value}`] : []))).toEqual(['skip=a', 'limit=2', 'skip=b']);
  });
});

describe('count', () => {
  it('takes whole numbers from the minimum up and names the option otherwise', () => {
    expect(count('--limit', '3')).toBe(3);
    expect(count('--worst', '0', 0)).toBe(0);
    for (const bad of ['abc', '', '1.5', '-2', '0', '3x']) expect(() => count('--limit', bad)).toThrow(new UsageError('--limit needs an integer ≥ 1'));
  });
});

describe('a script on the command line (bench:extract)', () => {
  const run = (...args: string[]) => spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/bench/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 2 with the error and the usage on stderr for a bad value, before any work', () => {
    const bad = run('--limit', 'abc');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bench:extract: --limit needs an integer ≥ 1');
    expect(bad.stderr).toContain('Usage: npm run -s bench:extract');
  });

  it('prints the usage on stdout for --help and exits 0', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--limit N');
    expect(help.stderr).toBe('');
  });
});
