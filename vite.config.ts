import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/build/manifest-for';
import { eagerContentScript } from './scripts/build/compile-hint';
import { leanLoaders } from './scripts/build/lean-loaders';
import { preloadPageChunks } from './scripts/build/page-preload';
import { readabilityAsModule } from './scripts/build/readability-esm';
import { releaseFiles } from './scripts/build/release-files';

// Vite wraps every dynamic import in a helper that preloads the imported chunk's CSS and
// modulepreload links. Our lazily loaded chunks (the reader code the content script loads, the
// entity recognizer) carry no CSS and modulePreload is off, so the helper does nothing but cost
// the content script, loaded on every page, 0.7 KB of its 4 KB: replace it with a plain call.
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const plainDynamicImports: Plugin = {
  name: 'sift:plain-dynamic-imports',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

// `vite build` makes dist/chrome; `vite build --mode firefox` makes dist/firefox from the same manifest.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [plainDynamicImports, releaseFiles(), readabilityAsModule(), eagerContentScript(), leanLoaders(), preloadPageChunks(), preact(), crx({ manifest: manifestFor(baseManifest, browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Vite would otherwise inject <link rel=modulepreload> carrying our extension id into host pages.
      modulePreload: false,
      sourcemap: false,
      rollupOptions: {
        // Pages not named in the manifest must be listed to be built.
        input: { reader: 'reader.html', popup: 'popup.html' },
        // Needed by the group below (a group that leaves its dependencies out); crxjs's entries keep their exports.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite wraps every dynamic import in its preload helper. Once the reader page lazy-loads the
          // entity recognizer too, the helper would become a chunk of its own, one more file for the
          // content script (on every page, 4 KB gzip in all) to fetch: keep it with the protocol, the
          // one chunk that script shares with the pages. The polyfill-based messaging.ts stays out of
          // it, or every page would load webextension-polyfill. The schema.org type list (rules/detect/
          // common.json), which the classifier and extraction share, travels in it too: otherwise it
          // would be a chunk of its own, one more file on every page.
          codeSplitting: {
            groups: [
              { name: 'protocol', test: /vite\/preload-helper|[\\/]src[\\/]shared[\\/](sender-role|extension-api)\.ts$|[\\/]src[\\/]rules[\\/]detect[\\/]common\.json$/, includeDependenciesRecursively: false },
              // The extraction chunk's one small shared import (the language-tag helper) travels with the
              // overlay, which the on-demand script asks for at the click, alongside that chunk: otherwise
              // the page learns of it only once the 120 KB chunk is in and parsed, and waits one more
              // round trip (10 to 25 ms in traces of a first click) before it can extract. (The bundler's
              // CommonJS helpers, its other shared import, are gone with readabilityAsModule.) The overlay's
              // print copy (print-copy.ts) travels with it: a chunk of its own was one more fetch before
              // the overlay could run. So does the inert HTML parser (core/inert-html.ts), which the print copy and the
              // extraction code both use, and the removal markers (core/declutter/markers.ts), which the
              // extraction code leaves and the reader page reads.
              // The text segmenter's bounded pieces (core/text/segment.ts), which extraction and the reader's
              // entity recognizer both use, travel with it too, for the same reason, and so does the one
              // block-tag table (core/text/block-tags.ts), which extraction and the reader's Markdown share.
              // So do the page sheets (content/page-sheets.ts), the overlay's own, split from it.
              { name: 'overlay', test: /[\\/]src[\\/](content[\\/](?:overlay|print-copy|page-sheets)|core[\\/](?:text[\\/](?:language-tag|segment|block-tags)|inert-html|declutter[\\/]markers))\.ts$/, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  };
});
