// One manifest.json for both browsers; Firefox differs only where it must.
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'sift-reader@sift-reader.dev';
// The oldest browsers the extension claims, checked against every API and manifest key it uses by
// test/unit/scripts/manifest-for.test.ts (MDN's browser-compat-data): Chrome 127 for
// action.openPopup for every extension, Firefox 142 for data_collection_permissions.
export const MINIMUM_CHROME = '127';
export const MINIMUM_FIREFOX = '142.0';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } };

export function manifestFor<M extends Manifest>(base: M, browser: TargetBrowser): M {
  const manifest = structuredClone(base);
  if (browser === 'chrome') return { ...manifest, minimum_chrome_version: MINIMUM_CHROME };
  const worker = manifest.background?.service_worker;
  // Firefox runs MV3 background code as an event page, not a service worker.
  if (worker) (manifest as Manifest).background = { scripts: [worker], type: 'module' } as Manifest['background'];
  return {
    ...manifest,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: MINIMUM_FIREFOX,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
