// crxjs injects each content script as a small classic script (a "loader") that imports the real ES
// module chunk. Its loader also times the injection and calls an `onExecute` export, which only its
// own HMR and main-world features use: none of our modules exports one. The always-injected content
// script's loader is fetched on every page and counts against its 4 KB gzip budget, so every loader
// becomes the one line that matters. The `getURL("assets/…")` call keeps its form: bench:size and the
// bundle-shape test read the module's name from it.
import type { Plugin } from 'vite';

const LOADER = /(^|\/)[^/]*\.ts-loader-[^/]*\.js$/;
const TARGET = /chrome\.runtime\.getURL\(\s*("assets\/[^"]+\.js")\s*\)/;

/** The lean form of a crxjs loader's source, or null when it does not look like one. */
export function leanLoader(source: string): string | null {
  const target = TARGET.exec(source)?.[1];
  if (!target || !source.includes('onExecute')) return null;
  // `void`: the script's completion value must not be the promise. Firefox's scripting.executeScript
  // returns a file's last value to the caller and fails on one it cannot clone (the on-demand injection).
  return `void import(chrome.runtime.getURL(${target})).catch(console.error);\n`;
}

export function leanLoaders(): Plugin {
  return {
    name: 'sift:lean-loaders',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!LOADER.test(file.fileName)) continue;
        const source = file.type === 'chunk' ? file.code : String(file.source);
        const lean = leanLoader(source);
        if (lean === null) this.error(`${file.fileName} is not a loader this plugin knows: check it after a crxjs upgrade`);
        if (file.type === 'chunk') file.code = lean;
        else file.source = lean;
      }
    },
  };
}
