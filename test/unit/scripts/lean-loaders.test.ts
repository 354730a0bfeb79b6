import { describe, expect, it } from 'vitest';
import { leanLoader } from '../../../scripts/build/lean-loaders';

// crxjs 3.0.0's loader, as it writes one into the build.
const CRXJS_LOADER = `(function () {
  'use strict';

  const injectTime = performance.now();
  (async () => {
    const { onExecute } = await import(
      /* @vite-ignore */
      chrome.runtime.getURL("assets/content-script.ts-Ct3D5UJM.js")
    );
    onExecute?.({ perf: { injectTime, loadTime: performance.now() - injectTime } });
  })().catch(console.error);

})();
`;

describe('leanLoader', () => {
  it('keeps only the import of the same module, in the form bench:size reads, and leaves no value (Firefox clones a script\'s last value)', () => {
    const lean = leanLoader(CRXJS_LOADER)!;
    expect(lean).toBe('void import(chrome.runtime.getURL("assets/content-script.ts-Ct3D5UJM.js")).catch(console.error);\n');
    expect(lean.length).toBeLessThan(CRXJS_LOADER.length / 3);
    expect(/getURL\(\s*["'`]assets\/([^"'`]+)["'`]\s*\)/.exec(lean)?.[1]).toBe('content-script.ts-Ct3D5UJM.js');
  });

  it('refuses a file that is not a crxjs loader (a changed crxjs must be looked at, not rewritten blindly)', () => {
    expect(leanLoader('console.log(1)')).toBeNull();
    expect(leanLoader('import(chrome.runtime.getURL("assets/a.js"));')).toBeNull();
  });
});
