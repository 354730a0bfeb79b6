// @mozilla/readability ships as CommonJS. Bundled as such, the extraction chunk needs the bundler's
// CommonJS helpers, which live in a chunk of their own shared with the pages (the polyfill is
// CommonJS too): one more file the page learns of only after the 120 KB extraction chunk is in and
// parsed, one more round trip before a first extraction. Readability.js defines a plain class and
// only then assigns module.exports: build it as an ES module that exports that class instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const VIRTUAL_ID = '\0sift:readability-esm';
const COMMONJS_EXPORT = /if \(typeof module === "object"\) \{[^}]*module\.exports = Readability;\s*\}\s*$/;

/** Readability.js's source as an ES module; throws if the file no longer ends as expected. */
export function readabilityModuleSource(source: string): string {
  if (!COMMONJS_EXPORT.test(source)) throw new Error('@mozilla/readability: Readability.js no longer ends with its module.exports block');
  return `${source.replace(COMMONJS_EXPORT, '')}\nexport { Readability };\n`;
}

export function readabilityAsModule(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'sift:readability-esm',
    apply: 'build',
    enforce: 'pre',
    // Only the project's own `import { Readability } from '@mozilla/readability'` (src/core/extract).
    resolveId: (id, importer) => (id === '@mozilla/readability' && importer?.includes('/src/') ? VIRTUAL_ID : null),
    load: (id) => (id === VIRTUAL_ID ? readabilityModuleSource(readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8')) : null),
  };
}
