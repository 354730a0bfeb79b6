// The labelled pages' key entities (test/fixtures/pages/index.json, field `entities`). The seed page is
// the hard reference: every gold entity written in the extracted article is found with its type, and
// no false entity is among the key ones. The other pages are a report only: their recognition depends
// on the trained tagger, so they are held to the model-independent rules (exact offsets, sorted output)
// and their gold recall is printed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { entitiesOfArticle, type ArticleEntities, type Entity, type EntityType } from '../../../src/core/entities';

interface Gold { text: string; type: EntityType; mentions: number }
interface Entry { file: string; url: string; article: boolean; entities?: Gold[] }

const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const entries = (JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as Entry[]).filter((e) => e.article && e.entities);
const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'").trim();
const words = (s: string) => norm(s).split(/[\s-]+/);

/** The entity is the gold one: same type, and the gold name is its canonical text or an alias. */
const isGold = (e: Entity, g: Gold) => e.type === g.type && [e.text, ...e.aliases].some((f) => norm(f) === norm(g.text));
/**
 * Or a longer written form of a gold name of the same type ("Republik Rakyat Donetsk" for Donetsk): not
 * junk, and for a place or organisation it names the gold one. A person's name never stands for a longer one
 * ("Korea Utara Kim Jong Un" is a mis-segmentation, not Kim Jong Un).
 */
const containsGold = (e: Entity, g: Gold) => {
  const ew = words(e.text);
  const gw = words(g.text);
  return e.type === g.type && ew.some((_, i) => gw.every((w, k) => ew[i + k] === w));
};

interface Recognised { result: ArticleEntities; text: string; doc: Document; title: string; lang: string }

function recognise(entry: Entry): Recognised {
  const doc = new JSDOM(readFileSync(dir + entry.file, 'utf8'), { url: entry.url, virtualConsole: new VirtualConsole() }).window.document;
  const outcome = extractArticle(doc, entry.url);
  if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.message}`);
  const root = doc.createElement('template');
  root.innerHTML = outcome.article.html;
  const { lang, title, siteName } = outcome.article;
  const result = entitiesOfArticle(root.content, { lang, title, siteName });
  return { result, text: result.blocks.map((b) => b.text).join('\n'), doc, title, lang };
}

const writtenIn = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('seed page: the key entities', () => {
  const entry = entries.find((e) => e.file === 'seed.html') as Entry;
  const { result, text } = recognise(entry);
  const gold = entry.entities ?? [];

  it.each(gold.filter((g) => writtenIn(text, g.text)).map((g) => [g.text, g.type, g] as const))('finds %s (%s)', (_t, _type, g) => {
    const named = result.entities.filter((e) => isGold(e, g) || (g.type !== 'person' && containsGold(e, g)));
    expect(named.map((e) => `${e.text}/${e.type}`)).not.toEqual([]);
  });

  it('has no false entity among the key entities', () => {
    const key = result.entities.filter((e) => e.key);
    expect(key.length).toBeGreaterThanOrEqual(Math.min(12, gold.length) / 2);
    expect(key.filter((e) => !gold.some((g) => isGold(e, g) || containsGold(e, g))).map((e) => `${e.text}/${e.type}`)).toEqual([]);
  });

  it('reads every gold entity in the article, the lead figure\'s credit ("Foto: Reuters") included', () => {
    // Readability drops the featured figure; extraction restores it with its caption, so a source
    // credited only there is read with the story and every gold entity above is held to the test.
    expect(gold.filter((g) => !writtenIn(text, g.text)).map((g) => g.text)).toEqual([]);
    expect(result.blocks.some((b) => /Foto: Reuters/.test(b.text))).toBe(true);
  });
});

describe.each(entries)('$file: entity report (model-dependent, not held to the gold)', (entry) => {
  const { result, text } = recognise(entry);

  it('locates every mention exactly and sorts entities by salience', () => {
    for (const m of result.mentions) expect(result.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
    const scores = result.entities.map((e) => e.salience);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const gold = (entry.entities ?? []).filter((g) => writtenIn(text, g.text));
    const found = gold.filter((g) => result.entities.some((e) => isGold(e, g)));
    const key = result.entities.filter((e) => e.key);
    const falseKey = key.filter((e) => !gold.some((g) => isGold(e, g) || containsGold(e, g)));
    console.log(`${entry.file}: gold found ${found.length}/${gold.length}; false key ${falseKey.length}/${key.length}`
      + (falseKey.length ? ` (${falseKey.map((e) => `${e.text}/${e.type}`).join(', ')})` : ''));
  });
});
