import { describe, expect, it } from 'vitest';
import { DEFAULTS, MAX_SITE_RULES, SCHEMA_VERSION, VERSION_KEY, createSettingsStore, repairSettings, type AutoMode } from '../../src/shared/settings';
import { isSiteKey, pageKey, ruleFor, shouldAutoOpen, siteOf, withRule, type PageKind } from '../../src/shared/site-rules';
import { fakeStorage } from './helpers/fake-storage';

describe('siteOf', () => {
  it.each([
    ['https://www.news.example/2024/05/story', 'news.example'],
    ['https://news.example/', 'news.example'],
    ['http://WWW.Example.COM:8080/a?b#c', 'example.com'],
    ['https://sub.www.example.org/x', 'sub.www.example.org'],
    ['http://127.0.0.1:4000/pages/seed.html', '127.0.0.1'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it.each(['file:///home/a.html', 'chrome://extensions/', 'about:blank', 'not a url', '', undefined, 'javascript:alert(1)'])(
    'is null for %o', (url) => {
      expect(siteOf(url)).toBeNull();
    },
  );
});

describe('isSiteKey', () => {
  it('accepts host names and IPs as siteOf gives them', () => {
    for (const site of ['example.com', 'a-b.example', 'localhost', '10.0.0.1', 'xn--bcher-kva.example']) expect(isSiteKey(site)).toBe(true);
  });
  it('refuses what no host name looks like, and www. (siteOf strips it)', () => {
    for (const site of ['', 'Example.com', 'exa mple.com', '-a.example', 'a..b', 'https://a.example', 'www.example.com', 'a.example/path', 'x'.repeat(254)]) {
      expect(isSiteKey(site)).toBe(false);
    }
  });
});

describe('pageKey', () => {
  it('drops the fragment only', () => {
    expect(pageKey('https://a.example/story?id=2#comments')).toBe('https://a.example/story?id=2');
    expect(pageKey('https://a.example/story?id=3')).not.toBe(pageKey('https://a.example/story?id=2'));
  });
});

describe('withRule and ruleFor', () => {
  it('adds, changes and removes a rule without touching the others, sorted by site', () => {
    const one = withRule({}, 'zeta.example', 'never');
    const two = withRule(one, 'alpha.example', 'always');
    expect(Object.keys(two)).toEqual(['alpha.example', 'zeta.example']);
    expect(ruleFor(two, 'zeta.example')).toBe('never');
    const changed = withRule(two, 'zeta.example', 'always');
    expect(ruleFor(changed, 'zeta.example')).toBe('always');
    const removed = withRule(changed, 'alpha.example', 'default');
    expect(removed).toEqual({ 'zeta.example': 'always' });
    expect(two).toEqual({ 'alpha.example': 'always', 'zeta.example': 'never' });
  });
  it('is default for a site without a rule, for null, and for inherited keys', () => {
    expect(ruleFor({ 'a.example': 'never' }, 'b.example')).toBe('default');
    expect(ruleFor({ 'a.example': 'never' }, null)).toBe('default');
    expect(ruleFor({}, 'constructor')).toBe('default');
  });
});

describe('shouldAutoOpen', () => {
  const cases: [AutoMode, 'always' | 'never' | 'default', PageKind, boolean, boolean][] = [
    ['news', 'default', 'news', false, true],
    ['news', 'default', 'article', false, false],
    ['news', 'default', 'none', false, false],
    ['all', 'default', 'article', false, true],
    ['all', 'default', 'news', false, true],
    ['all', 'default', 'none', false, false],
    ['off', 'default', 'news', false, false],
    ['off', 'always', 'article', false, true],
    ['off', 'always', 'none', false, false],
    ['all', 'never', 'news', false, false],
    ['news', 'default', 'news', true, false],
    ['off', 'always', 'news', true, false],
  ];
  it.each(cases)('mode %s, rule %s, page %s, dismissed %s → %s', (autoMode, rule, kind, dismissed, expected) => {
    expect(shouldAutoOpen({ autoMode, rule, kind, dismissed })).toBe(expected);
  });
});

describe('siteRules in the settings', () => {
  it('defaults to no rule', () => {
    expect(DEFAULTS.siteRules).toEqual({});
  });

  it('keeps the good rules of a map with bad entries, and reports the repair', () => {
    const { settings, repairs } = repairSettings({ siteRules: { 'a.example': 'always', 'B.example': 'never', 'c.example': 'sometimes', 'd.example': 'never' } });
    expect(settings.siteRules).toEqual({ 'a.example': 'always', 'd.example': 'never' });
    expect(repairs.map((r) => r.key)).toEqual(['siteRules']);
  });

  it(`keeps at most ${MAX_SITE_RULES} sites`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_SITE_RULES + 5 }, (_, i) => [`site${i}.example`, 'never']));
    const { settings, repairs } = repairSettings({ siteRules: many });
    expect(Object.keys(settings.siteRules)).toHaveLength(MAX_SITE_RULES);
    expect(repairs).toHaveLength(1);
  });

  it('a store saves rules, removes the key when they are all gone, and refuses a bad rule', async () => {
    const { area, events, data } = fakeStorage();
    const store = createSettingsStore(area, events);
    await store.save({ siteRules: { 'a.example': 'never' } });
    expect(data.siteRules).toEqual({ 'a.example': 'never' });
    expect((await store.load()).settings.siteRules).toEqual({ 'a.example': 'never' });
    await store.save({ siteRules: {} });
    expect('siteRules' in data).toBe(false);
    await expect(store.save({ siteRules: { 'a.example': 'maybe' } as never })).rejects.toThrow(/siteRules/);
  });

  it('a store rewrites what it salvaged of stored rules, so the repair is reported once', async () => {
    const { area, events, data } = fakeStorage('sync', { [VERSION_KEY]: SCHEMA_VERSION, siteRules: { 'a.example': 'never', 'bad host': 'always' } });
    const store = createSettingsStore(area, events);
    expect((await store.load()).repairs.map((r) => r.key)).toEqual(['siteRules']);
    expect(data.siteRules).toEqual({ 'a.example': 'never' });
    expect((await store.load()).repairs).toEqual([]);
  });
});
