import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { MARKUP_RULE_LISTS, RULE_NAMES, type MarkupPrefix } from '../../../src/core/declutter/rule-names';
import COMMON from '../../../src/rules/clutter/common.json';
import KINDS from '../../../src/rules/removal-kinds.json';
import { groupRemovals, KIND_LABELS, KIND_ORDER, kindOf, listedKind } from '../../../src/ui/reader/removed/kinds';

// Every rule a declutter pass can record has a kind in src/rules/removal-kinds.json: the named rules
// (the passes are typed against RULE_NAMES) and each markup rule "<prefix>:<value of common.json>".
const markupRules = (Object.entries(MARKUP_RULE_LISTS) as [MarkupPrefix, keyof typeof COMMON][])
  .flatMap(([prefix, list]) => (COMMON[list] as string[]).map((value) => `${prefix}:${value}`));

describe('removal kinds', () => {
  it.each([...RULE_NAMES])('names a kind for rule %s', (rule) => {
    expect(listedKind(rule)).not.toBeNull();
  });

  it.each(markupRules)('names a kind for markup rule %s', (rule) => {
    expect(listedKind(rule)).not.toBeNull();
  });

  it('maps only to kinds it declares, each with a label, and lists no rule the code cannot emit', () => {
    const emitted = new Set<string>([...RULE_NAMES, ...markupRules]);
    for (const [rule, kind] of Object.entries(KINDS.rules)) {
      expect(KIND_ORDER).toContain(kind);
      expect(emitted.has(rule), rule).toBe(true);
    }
    for (const kind of Object.values(KINDS.prefixes)) expect(KIND_ORDER).toContain(kind);
    for (const kind of KIND_ORDER) expect(KIND_LABELS[kind]).toMatch(/^removed_kind_/);
  });

  it('reads ads, "read also" links and related sections as such', () => {
    expect(kindOf('ad-label')).toBe('ads');
    expect(kindOf('class:adspot')).toBe('ads');
    expect(kindOf('iframe:doubleclick.net')).toBe('ads');
    expect(kindOf('iframe:taboola.com')).toBe('related');
    expect(kindOf('related-link')).toBe('readAlso');
    expect(kindOf('class:cookie')).toBe('prompts');
    expect(kindOf('no-such-rule')).toBe('other');
  });
});

describe('groupRemovals', () => {
  it('groups by kind in the data\'s order, entries in document order, and says which can be put back', () => {
    const groups = groupRemovals([
      { rule: 'related-link', snippet: 'Baca juga: A', pass: 'article', at: 0, html: '<p>Baca juga: A</p>' },
      { rule: 'class:ad', snippet: 'Advertisement', pass: 'page' },
      { rule: 'related-link', snippet: 'Baca juga: B', pass: 'article', at: 1 },
    ]);
    expect(groups.map((g) => [g.kind, g.entries.map((e) => [e.index, e.restorable])])).toEqual([
      ['ads', [[1, false]]],
      ['readAlso', [[0, true], [2, false]]],
    ]);
  });

  it('on the pages of the fixtures, every removal falls in a kind the data names', () => {
    const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
    const entries = (JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as { file: string; url: string; article: boolean }[]).filter((e) => e.article);
    let count = 0;
    for (const entry of entries) {
      const doc = new JSDOM(readFileSync(dir + entry.file, 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() }).window.document;
      const outcome = extractArticle(doc, entry.url);
      for (const removal of outcome.ok ? outcome.article.removed : []) {
        expect(listedKind(removal.rule), `${entry.file}: ${removal.rule}`).not.toBeNull();
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});
