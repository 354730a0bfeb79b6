import { describe, expect, it } from 'vitest';
import { ALLOWED_SENDER, isEnvelope, senderRole, type SenderInfo, type SenderRole } from '../../src/shared/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const TAB = { id: 7, url: 'https://news.example/story' };

describe('senderRole', () => {
  const cases: [string, SenderInfo, SenderRole][] = [
    ['background service worker (extension url, no tab)', { id: OWN_ID, url: `${ORIGIN}service-worker-loader.js` }, 'background'],
    ['reader page inside a tab', { id: OWN_ID, url: `${ORIGIN}reader.html`, tab: TAB }, 'reader'],
    ['reader page with query and hash inside a tab', { id: OWN_ID, url: `${ORIGIN}reader.html?tab=7#top`, tab: TAB }, 'reader'],
    ['reader page without a tab', { id: OWN_ID, url: `${ORIGIN}reader.html` }, 'foreign'],
    ['popup page', { id: OWN_ID, url: `${ORIGIN}popup.html` }, 'settings-page'],
    ['options page (opened in a tab)', { id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 3 } }, 'settings-page'],
    ['options page (embedded, no tab)', { id: OWN_ID, url: `${ORIGIN}options.html` }, 'settings-page'],
    ['content script in an http page', { id: OWN_ID, url: 'http://news.example/a', tab: TAB }, 'content'],
    ['content script in an https page', { id: OWN_ID, url: 'https://news.example/a', tab: TAB }, 'content'],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/reader.html', tab: TAB }, 'foreign'],
    ['another extension posing as our background', { id: 'other', url: `${ORIGIN}service-worker-loader.js` }, 'foreign'],
    ['sender without id', { url: `${ORIGIN}popup.html` }, 'foreign'],
    ['web page without tab', { id: OWN_ID, url: 'https://news.example/a' }, 'foreign'],
    ['no url, no tab', { id: OWN_ID }, 'foreign'],
    ['unknown extension page inside a tab', { id: OWN_ID, url: `${ORIGIN}other.html`, tab: TAB }, 'foreign'],
  ];
  it.each(cases)('%s', (_name, sender, role) => {
    expect(senderRole(sender, OWN_ID, ORIGIN)).toBe(role);
  });

  it('does not treat a page whose url only contains the extension origin as an extension page', () => {
    const sender = { id: OWN_ID, url: `https://evil.example/${ORIGIN}reader.html`, tab: TAB };
    expect(senderRole(sender, OWN_ID, ORIGIN)).toBe('content');
    expect(senderRole({ ...sender, tab: undefined }, OWN_ID, ORIGIN)).toBe('foreign');
  });

  it("knows the reader page at Chrome's per-session dynamic id (use_dynamic_url), and pages only under the extension's scheme", () => {
    const dynamic = 'chrome-extension://0f3c9a7e-5d1b-4c2a-9e8f-1a2b3c4d5e6f/';
    expect(senderRole({ id: OWN_ID, url: `${dynamic}reader.html`, tab: TAB }, OWN_ID, ORIGIN)).toBe('reader');
    expect(senderRole({ id: OWN_ID, url: `https://news.example/reader.html`, tab: TAB }, OWN_ID, ORIGIN)).toBe('content');
    expect(senderRole({ id: 'another-extension', url: `${dynamic}reader.html`, tab: TAB }, OWN_ID, ORIGIN)).toBe('foreign');
  });

  it('works with a Firefox moz-extension origin', () => {
    const origin = 'moz-extension://4b1c2d3e-0000-4000-8000-123456789abc/';
    const id = 'sift@example.org';
    expect(senderRole({ id, url: `${origin}reader.html`, tab: TAB }, id, origin)).toBe('reader');
    expect(senderRole({ id, url: `${origin}popup.html` }, id, origin)).toBe('settings-page');
    expect(senderRole({ id, url: `${origin}_generated_background_page.html` }, id, origin)).toBe('background');
  });
});

describe('isEnvelope', () => {
  it('accepts every known message type', () => {
    for (const type of Object.keys(ALLOWED_SENDER)) {
      expect(isEnvelope({ type, payload: null })).toBe(true);
    }
    expect(isEnvelope({ type: 'tab/toggle', payload: { tabId: 3 } })).toBe(true);
  });

  it.each(['tab/close-all', 'TAB/TOGGLE', '', 'content', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'rejects unknown type %j',
    (type) => {
      expect(isEnvelope({ type, payload: null })).toBe(false);
    },
  );

  it('rejects a __proto__ key set through JSON', () => {
    expect(isEnvelope(JSON.parse('{"type":"__proto__","payload":null}'))).toBe(false);
    expect(isEnvelope(JSON.parse('{"__proto__":{"type":"tab/toggle"}}'))).toBe(false);
  });

  it.each([null, undefined, 'tab/toggle', 42, true, ['tab/toggle'], { payload: null }, { type: 3 }, { type: ['tab/toggle'] }])(
    'rejects %o',
    (value) => {
      expect(isEnvelope(value)).toBe(false);
    },
  );
});

describe('ALLOWED_SENDER', () => {
  const roles: SenderRole[] = ['background', 'reader', 'settings-page', 'content', 'foreign'];
  it('maps every message to a valid role, and none to foreign', () => {
    const entries = Object.entries(ALLOWED_SENDER);
    expect(entries.length).toBeGreaterThan(0);
    for (const [type, role] of entries) {
      expect(roles, type).toContain(role);
      expect(role, type).not.toBe('foreign');
    }
  });
});
