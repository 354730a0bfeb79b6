// V8's explicit compile hint (Chrome 136+): a file that starts with this comment has all its
// functions compiled as it loads, not lazily on first call. The content script runs its page
// classifier once per page load, right after loading, so lazy compilation would land inside that
// one call (measured with `npm run -s bench:detect -- --browser`: first call median 1.7 ms → 0.9 ms).
// The extraction chunk gets it too: its first extraction on a page is on the way to the painted
// view, and with the hint V8 compiles the chunk while it streams in, off the page's main thread.
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint at the top of the content script's module chunk and the extraction chunk (not the loaders). */
export function eagerContentScript(): Plugin {
  return {
    name: 'sift:eager-content-script',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /(^|\/)(content-script\.ts-(?!loader)|open-reader\.ts-(?!loader))[^/]*\.js$/.test(chunk.fileName)) {
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        }
      }
    },
  };
}
