// The one manifest, made into Chrome's and Firefox's, and checked against the browser versions it
// claims: every extension API the code calls, and every manifest key, exists in the minimum
// versions (MDN's browser-compat-data).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import base from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../../scripts/build/manifest-for';

type Support = { version_added: string | boolean | null; version_removed?: string | boolean | null; flags?: unknown[]; partial_implementation?: boolean };
type Compat = { __compat?: { support: Record<string, Support | Support[]> } } & { [key: string]: Compat | undefined };

const chrome = manifestFor(base, 'chrome') as Record<string, unknown> & typeof base;
type GeckoSettings = { gecko: Record<string, unknown> & { id: string; strict_min_version: string }; gecko_android: { strict_min_version: string } };
const firefox = manifestFor(base, 'firefox') as Record<string, unknown> & typeof base & { browser_specific_settings: GeckoSettings };
const MIN = { chrome: Number(chrome.minimum_chrome_version), firefox: Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version) };

/**
 * The first version a browser shipped a feature in, unflagged; Infinity if never. A partial early
 * implementation counts (the call exists; e.g. extension.isAllowedFileSchemeAccess always answers
 * false in Firefox before 153, so there a local file gets the "allow file access" note).
 */
function since(compat: Compat | undefined, browser: 'chrome' | 'firefox' | 'firefox_android'): number {
  const versions = [compat?.__compat?.support[browser] ?? []].flat()
    .filter((s) => !s.flags && s.version_added !== false && s.version_added !== null)
    .map((s) => (s.version_added === true ? 0 : Number.parseFloat(String(s.version_added).replace('≤', ''))));
  return versions.length ? Math.min(...versions) : Infinity;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

// contextMenus is Firefox's alias of menus; MDN keeps both under menus.
const NAMESPACE_ALIAS: Record<string, string> = { contextMenus: 'menus' };
const API_CALLS = [...new Set(sources('src').flatMap((text) =>
  [...text.matchAll(/\b(?:browser|chrome)\.([a-zA-Z]+)\.([a-zA-Z]+)\b/g)].map((m) => `${m[1]}.${m[2]}`)))].sort();
const api = bcd.webextensions.api as unknown as Record<string, Compat>;

describe('manifestFor', () => {
  it('Chrome: a service worker, a minimum Chrome version, no Firefox settings', () => {
    expect(chrome.background).toEqual(base.background);
    expect(MIN.chrome).toBeGreaterThan(100);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox: a background script, the Gecko id and minimum version, no Chrome-only keys', () => {
    expect(firefox.background).toEqual({ scripts: [base.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(MIN.firefox).toBeGreaterThan(100);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('both: icons up to 128 px, with the 96 px one Firefox\'s add-ons manager shows', () => {
    for (const manifest of [chrome, firefox]) expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
  });

  it('does not change the manifest it is given', () => {
    const copy = structuredClone(base);
    manifestFor(base, 'firefox');
    expect(base).toEqual(copy);
  });
});

describe('the minimum versions hold for what the code uses', () => {
  it('finds the extension APIs the code calls', () => {
    expect(API_CALLS).toEqual(expect.arrayContaining(['runtime.getURL', 'storage.session', 'action.setBadgeText']));
  });

  it.each(API_CALLS)('%s exists in both minimum versions', (call) => {
    const [namespace, member] = call.split('.') as [string, string];
    const compat = api[NAMESPACE_ALIAS[namespace] ?? namespace]?.[member] as Compat | undefined;
    expect(compat?.__compat, `${call} is not in MDN's data`).toBeDefined();
    expect(since(compat, 'chrome'), `${call} in Chrome`).toBeLessThanOrEqual(MIN.chrome);
    expect(since(compat, 'firefox'), `${call} in Firefox`).toBeLessThanOrEqual(MIN.firefox);
  });

  it.each([['chrome', chrome], ['firefox', firefox]] as const)('every manifest key of %s exists in its minimum version', (browser, manifest) => {
    const keys = bcd.webextensions.manifest as unknown as Record<string, Compat>;
    const late = Object.keys(manifest).filter((key) => keys[key] && since(keys[key], browser) > MIN[browser]);
    expect(late).toEqual([]);
  });
});

describe('the Gecko settings hold for Firefox and Firefox for Android', () => {
  const settings = firefox.browser_specific_settings;
  const gecko = (bcd.webextensions.manifest as unknown as Record<string, Compat>).browser_specific_settings?.gecko;

  it('claims the current ESR on the desktop, so Debian\'s firefox-esr installs it', () => {
    expect(Number.parseFloat(settings.gecko.strict_min_version)).toBeLessThanOrEqual(140);
  });

  // id and strict_min_version are in gecko's own notes, not keys of their own.
  const keys = Object.keys(settings.gecko).filter((key) => key !== 'id' && key !== 'strict_min_version');

  it.each(keys)('gecko.%s exists in both minimum versions', (key) => {
    const compat = gecko?.[key];
    expect(compat?.__compat, `gecko.${key} is not in MDN's data`).toBeDefined();
    expect(since(compat, 'firefox'), `gecko.${key} in Firefox`).toBeLessThanOrEqual(MIN.firefox);
    expect(since(compat, 'firefox_android'), `gecko.${key} in Firefox for Android`).toBeLessThanOrEqual(Number.parseFloat(settings.gecko_android.strict_min_version));
  });
});
