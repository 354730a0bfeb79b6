// V8's explicit compile hint (Chrome 136+): a file that starts with this comment has all its
// functions compiled as it loads, not lazily on first call. The extraction chunk has it: its first
// extraction on a page is on the way to the painted view, and with the hint V8 compiles the chunk
// while it streams in, off the page's main thread. The always-injected content script had it too
// (its classifier's first call, `npm run -s bench:detect -- --browser`: median 1.7 ms → 0.9 ms),
// until its 23 B gzip were needed for the one AbortController that ends an orphaned copy at once
// (issue 17): the budget is 4 KB, and a copy that outlives its extension matters more than 0.8 ms.
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint at the top of the extraction chunk (not its loader). */
export function eagerExtractionChunk(): Plugin {
  return {
    name: 'sift:eager-extraction-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /(^|\/)open-reader\.ts-(?!loader)[^/]*\.js$/.test(chunk.fileName)) {
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        }
      }
    },
  };
}
