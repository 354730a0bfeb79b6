// One pipeline: on every fixture article, the names panel of the reading view (sanitized body in the
// view's DOM, recognised, marked, grouped as ReaderView does) lists the same entities, types and
// counts as `extract --format json` (scripts/cli/lib/entities.ts on the extracted html). And no street,
// town, river or business is listed as a person.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleEntities } from '../../../scripts/cli/lib/entities';
import { entitiesOfArticle, textBlocks } from '../../../src/core/entities';
import { extractArticle } from '../../../src/core/extract';
import { sanitizeArticleHtml } from '../../../src/core/sanitize';
import { DEFAULTS } from '../../../src/shared/settings/defaults';
import { highlightMentions, mentionStarts } from '../../../src/ui/reader/entities/highlight';
import { filterOf, panelGroups } from '../../../src/ui/reader/entities/panel-groups';

interface Entry { file: string; url: string; article: boolean }
const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const entries = (JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Entry[]).filter((e) => e.article);

function both(entry: Entry, keyOnly: boolean) {
  const dom = new JSDOM(readFileSync(dir + entry.file, 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() });
  const outcome = extractArticle(dom.window.document, entry.url);
  if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.message}`);
  const { html, lang, title, siteName } = outcome.article;
  const cli = articleEntities(dom.window.document, html, lang, title, siteName);
  // The view: the sanitized body as ReaderView renders it, then useEntities and panelGroups.
  const body = dom.window.document.createElement('div');
  body.innerHTML = sanitizeArticleHtml(html, dom.window as unknown as Window);
  const settings = { ...DEFAULTS, entityKeyOnly: keyOnly };
  const result = entitiesOfArticle(body, { lang, title, siteName, keyCount: settings.entityCount });
  const filter = filterOf(settings);
  const marks = highlightMentions(textBlocks(body), result.mentions, result.entities, filter);
  const groups = panelGroups(result.entities, filter, marks.map((m) => mentionStarts(m).length));
  const view = groups.flatMap((g) => g.entries.map((e) => `${g.type}\t${e.text}\t${e.count}`)).sort();
  const listed = cli.filter((e) => !keyOnly || e.key).map((e) => `${e.type}\t${e.text}\t${e.mentions}`).sort();
  return { view, listed, cli, siteName };
}

describe('the view and the extract CLI list the same entities', () => {
  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const all = both(entry, false);
    expect(all.view).toEqual(all.listed);
    const keys = both(entry, true);
    expect(keys.view).toEqual(keys.listed);
    // Organisations the CLI finds show in the default (key-only) panel; the outlet itself is never key.
    const orgs = keys.cli.filter((e) => e.type === 'organization' && e.text !== keys.siteName);
    if (orgs.length) expect(keys.view.some((line) => line.startsWith('organization\t'))).toBe(true);
  });
});

// Street, town, river and business words that never end a person's name.
const NOT_A_PERSON = /\s(Road|Street|Avenue|Lane|Falls|River|Creek|Lake|Bridge|Bakery|Hardware|Cafe|Shop|Store|Market|Restaurant|Inc|Ltd|Company)$/;

describe('no place or business is a person', () => {
  it.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const people = both(entry, false).cli.filter((e) => e.type === 'person').map((e) => e.text);
    expect(people.filter((name) => NOT_A_PERSON.test(name))).toEqual([]);
  });

  it('keeps a possessive business whole and its owner out of the people', () => {
    const dom = new JSDOM('<!doctype html><body></body>');
    const html = "<p>Rosa Delgado opened Rosa's Corner Bakery on Main Street in Brennan Falls in 1998. Delgado said the oven survived.</p>";
    const lines = articleEntities(dom.window.document, html, 'en', '');
    expect(lines.filter((l) => l.type === 'person').map((l) => l.text)).toEqual(['Rosa Delgado']);
    expect(lines.find((l) => l.text === 'Brennan Falls')?.type).toBe('place');
    expect(lines.find((l) => l.text.startsWith("Rosa's"))?.type).toBe('organization');
  });
});
