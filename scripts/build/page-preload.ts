// `build.modulePreload` is off (Vite would otherwise put <link rel=modulepreload> with our extension
// id into host pages, through the content script's dynamic imports). Our own pages still want it:
// without the links, reader.html fetches its entry chunk, parses it, and only then asks for the
// chunks it imports (the polyfill, settings, Preact's hooks), one round trip more before the view
// can ask for its article. This puts the links back in the extension's HTML pages only, for every
// chunk the page's entry imports statically (not the lazily loaded ones, such as the recognizer).
import type { Plugin } from 'vite';

interface ChunkLike { type: 'chunk'; fileName: string; imports: string[] }

/** Every chunk `entry` imports statically, directly or through another, in the order first met. */
export function staticImportsOf(entry: string, bundle: Record<string, { type: string; imports?: string[] }>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const next of (bundle[file] as ChunkLike | undefined)?.imports ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(entry);
  seen.delete(entry);
  return [...seen];
}

export function preloadPageChunks(): Plugin {
  return {
    name: 'sift:page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.chunk || !ctx.bundle) return [];
        return staticImportsOf(ctx.chunk.fileName, ctx.bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
