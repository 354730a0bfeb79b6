// Ships the licence and the third-party notices inside the built extension (dist/*): the stores and
// users get the attributions the bundled libraries, fonts and data sets ask for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const RELEASE_FILES = ['LICENSE', 'THIRD_PARTY_NOTICES.md'] as const;

export function releaseFiles(root = process.cwd()): Plugin {
  return {
    name: 'sift:release-files',
    apply: 'build',
    generateBundle() {
      for (const fileName of RELEASE_FILES) this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(root, fileName), 'utf8') });
    },
  };
}
