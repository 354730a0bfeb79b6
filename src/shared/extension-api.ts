// What differs between Chrome and Firefox at run time, in one place. Extension pages and the
// background use webextension-polyfill (browser.ts), which smooths the rest; the code that runs in
// web pages (the content script, the overlay) uses the bare API, to stay small: Firefox names it
// `browser`, Chrome `chrome`, and both return promises in Manifest V3. What differs at build time
// (the background as a script, the Gecko id, minimum versions) is scripts/build/manifest-for.ts's.
export function extensionApi<T>(): T {
  const g = globalThis as unknown as { browser?: T; chrome?: T };
  return (g.browser ?? g.chrome)!;
}
