import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for';

// `vite build` makes dist/chrome; `vite build --mode firefox` makes dist/firefox from the same manifest.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(baseManifest, browser), browser })],
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
          // injected content script to fetch: keep it in the messaging chunk that script loads anyway.
          codeSplitting: {
            groups: [{ name: 'messaging', test: /vite\/preload-helper|[\\/]src[\\/]shared[\\/]messag(es|ing)\.ts$/, includeDependenciesRecursively: false }],
          },
        },
      },
    },
  };
});
