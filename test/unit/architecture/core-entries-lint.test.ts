// The lint rule that keeps the shells and the UI on each core module's public entry (eslint.config.js):
// a value from a module's insides fails, its entry, a one-file module and any type pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const RULE = '@typescript-eslint/no-restricted-imports';

async function problems(file: string, imports: string): Promise<number> {
  const [result] = await eslint.lintText(`${imports}\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === RULE).length;
}

describe('core modules are used through their entries', () => {
  it.each([
    ['src/content/example.ts', "import { MAX_ELEMENTS } from '../core/extract/budget';"],
    ['src/ui/reader/example.ts', "import { recognize } from '../../core/entities/recognize';"],
    ['src/background/example.ts', "export { detectPage } from '../core/detect/index-of-signals';"],
    ['src/shared/example.ts', "import { segment } from '../core/text/segment';"],
  ])('fails in %s on a value from a module\'s insides', async (file, imports) => {
    expect(await problems(file, imports)).toBe(1);
  });

  it.each([
    ['src/content/example.ts', "import { extractArticle } from '../core/extract';"],
    ['src/content/example.ts', "import { detectPage } from '../core/detect/index';"],
    ['src/content/example.ts', "import type { ExtractOutcome } from '../core/article';"],
    ['src/ui/reader/example.ts', "import type { Entity } from '../../core/entities/types';"],
    ['src/ui/reader/example.ts', "import { REMOVED_MARKER } from '../../core/declutter/markers';"],
    ['src/core/extract/example.ts', "import { MAX_ELEMENTS } from './budget';"],
  ])('passes in %s: %s', async (file, imports) => {
    expect(await problems(file, imports)).toBe(0);
  });
});
