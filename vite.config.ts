import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/build/manifest-for';
import { eagerExtractionChunk } from './scripts/build/compile-hint';
import { leanLoaders } from './scripts/build/lean-loaders';
import { preloadPageChunks } from './scripts/build/page-preload';
import { readabilityAsModule } from './scripts/build/readability-esm';
import { releaseFiles } from './scripts/build/release-files';
import { chunkGroups } from './scripts/build/chunk-policy';

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
  // And the call goes too, before Vite fills in its (empty) preload list: `__vitePreload(() => import(x), …)`
  // is import(x).
  renderChunk: (code) => {
    const plain = code.replace(/__vitePreload\(\s*\(\)\s*=>\s*(import\(\s*"[^"]*"\s*\))\s*,\s*__VITE_PRELOAD__\s*\)/g, '$1');
    return plain === code ? null : { code: plain, map: null };
  },
};

// `vite build` makes dist/chrome; `vite build --mode firefox` makes dist/firefox from the same manifest.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [plainDynamicImports, releaseFiles(), readabilityAsModule(), eagerExtractionChunk(), leanLoaders(), preloadPageChunks(), preact(), crx({ manifest: manifestFor(baseManifest, browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Vite would otherwise inject <link rel=modulepreload> carrying our extension id into host pages.
      modulePreload: false,
      sourcemap: false,
      rollupOptions: {
        // Pages not named in the manifest must be listed to be built.
        input: { reader: 'reader.html', popup: 'popup.html' },
        // Needed by the chunk groups (groups that leave their dependencies out); crxjs's entries keep their exports.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Shared modules travel by the role of their chunk (scripts/build/chunk-policy.ts), not a chunk each.
          codeSplitting: { groups: chunkGroups() },
        },
      },
    },
  };
});
