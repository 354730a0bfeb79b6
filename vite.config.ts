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
      },
    },
  };
});
