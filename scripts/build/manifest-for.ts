// One manifest.json for both browsers; Firefox differs only where it must.
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'sift-reader@sift-reader.dev';
// The oldest browsers the extension claims, checked against every API and manifest key it uses by
// test/unit/scripts/manifest-for.test.ts (MDN's browser-compat-data): Chrome 127 for
// action.openPopup for every extension, Chrome 130 for use_dynamic_url, Firefox 140 (the current ESR)
// for data_collection_permissions, which Firefox for Android has only from 142.
export const MINIMUM_CHROME = '130';
export const MINIMUM_FIREFOX = '140.0';
export const MINIMUM_FIREFOX_ANDROID = '142.0';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string }; web_accessible_resources?: object[] };

// Chrome serves web-accessible pages at a fixed chrome-extension://<id>/ address unless asked not to:
// any site could then load it to learn that the extension is installed. use_dynamic_url moves them to an
// id made per session (runtime.getURL returns it). Firefox's moz-extension ids are random per install.
const dynamicUrls = (resources: object[] | undefined) => resources?.map((entry) => ({ ...entry, use_dynamic_url: true }));

export function manifestFor<M extends Manifest>(base: M, browser: TargetBrowser): M {
  const manifest = structuredClone(base);
  if (browser === 'chrome') {
    const resources = dynamicUrls(manifest.web_accessible_resources);
    return { ...manifest, ...(resources ? { web_accessible_resources: resources } : {}), minimum_chrome_version: MINIMUM_CHROME };
  }
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
      gecko_android: { strict_min_version: MINIMUM_FIREFOX_ANDROID },
    },
  };
}
