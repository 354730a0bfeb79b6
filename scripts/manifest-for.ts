// One manifest.json for both browsers; Firefox differs only where it must.
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'sift-reader@sift-reader.dev';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } };

export function manifestFor<M extends Manifest>(base: M, browser: TargetBrowser): M {
  const manifest = structuredClone(base);
  if (browser === 'chrome') return manifest;
  const worker = manifest.background?.service_worker;
  // Firefox runs MV3 background code as an event page, not a service worker.
  if (worker) (manifest as Manifest).background = { scripts: [worker], type: 'module' } as Manifest['background'];
  return {
    ...manifest,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
