// Firefox's add-on linter (web-ext lint, as addons.mozilla.org runs it) on dist/firefox: no error, and
// the only warnings are the innerHTML assignments inside the bundled libraries (Preact's
// dangerouslySetInnerHTML, DOMPurify's parser, Readability), each recognised by its own code at the
// flagged place, so a new innerHTML of ours fails here (README, "Firefox's add-on linter").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error web-ext ships no type declarations
import webExt from 'web-ext';
import { FIREFOX_DIST } from './firefox/harness';

interface Finding { code: string; file: string; line: number; column: number; message: string }
interface LintResult { summary: { errors: number; warnings: number }; errors: Finding[]; warnings: Finding[] }

// What the code at each third-party warning looks like (minified, names mangled: only property names and strings survive).
const THIRD_PARTY = {
  'Preact (dangerouslySetInnerHTML)': /__html/,
  'DOMPurify (parsing the HTML it sanitizes)': /createDocument\(|DOMParser|parseFromString/,
  'Readability (its own DOM rewrites)': /_charThreshold|_isSingleImage|_attempts/,
};

describe('web-ext lint on dist/firefox', () => {
  it('finds no error, and warns only about the bundled libraries\' innerHTML', async () => {
    const result = (await webExt.cmd.lint({ sourceDir: FIREFOX_DIST, output: 'none' }, { shouldExitProgram: false })) as LintResult;
    expect(result.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    const unexplained = result.warnings.filter((w) => {
      if (w.code !== 'UNSAFE_VAR_ASSIGNMENT') return true;
      const line = readFileSync(join(FIREFOX_DIST, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      const around = line.slice(Math.max(0, w.column - 300), w.column + 300);
      return !Object.values(THIRD_PARTY).some((marker) => marker.test(around));
    });
    expect(unexplained.map((w) => `${w.code} ${w.file}:${w.line}:${w.column}`)).toEqual([]);
  }, 120_000);
});
