import contentScript from '../content/content-script.ts?script';
import browser from '../shared/browser';
import { ALL_SITES, hasHostAccess } from '../shared/host-access';

// With the "all sites" access granted, the content script (the page classifier, a few KB) runs on
// every http(s) page at document_idle, so the toolbar shows which pages are articles and
// automatic mode can open them. Registered at run time, not in the manifest: it follows the grant.
const ID = 'sift-detect';

export async function syncDetector(): Promise<void> {
  const granted = await hasHostAccess();
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] }).catch(() => []);
  // A registration kept from an earlier version names that version's file: replace it.
  const current = registered?.js?.length === 1 && registered.js[0]?.replace(/^\//, '') === contentScript.replace(/^\//, '');
  if (registered && (!granted || !current)) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (granted && !current) {
    await browser.scripting.registerContentScripts([{
      id: ID, matches: ALL_SITES, js: [contentScript], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    }]);
  }
}
