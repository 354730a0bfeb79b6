import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/core/entities/blocks';
import type { Entity, EntityType, Mention } from '../../src/core/entities/types';
import { clearHighlights, highlightMentions, mentionStarts, type HighlightFilter } from '../../src/ui/reader/entities/highlight';

// jsdom, created by hand, as the other DOM tests do.
const bodyOf = (html: string) => new JSDOM(`<!doctype html><html><body><div id="a">${html}</div></body></html>`).window.document.getElementById('a')!;

const entity = (text: string, type: EntityType, key = true): Entity => ({ text, type, mentions: 0, salience: 0.5, aliases: [], key });
const ALL: HighlightFilter = { types: new Set<EntityType>(['person', 'organization', 'place']), keyOnly: false };

/** Mentions of each entity's name wherever it occurs in each block's text (the test's recognizer). */
function find(root: Element, entities: Entity[], names: string[][] = entities.map((e) => [e.text])): Mention[] {
  const mentions: Mention[] = [];
  textBlocks(root).forEach((block, b) => {
    entities.forEach((e, i) => {
      for (const name of names[i]!) {
        for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + name.length)) {
          mentions.push({ block: b, start: at, end: at + name.length, text: name, type: e.type, entity: i });
        }
      }
    });
  });
  return mentions.sort((x, y) => x.block - y.block || x.start - y.start);
}

function highlight(html: string, entities: Entity[], filter = ALL, names?: string[][]) {
  const root = bodyOf(html);
  const mentions = find(root, entities, names);
  const marks = highlightMentions(textBlocks(root), mentions, entities, filter);
  return { root, marks, mentions };
}

describe('highlightMentions', () => {
  it('wraps the exact range of each mention in a typed mark', () => {
    const { root, marks } = highlight('<p>Yesterday Vladimir Putin met Kim Jong Un in Moscow.</p>', [
      entity('Vladimir Putin', 'person'), entity('Moscow', 'place'),
    ]);
    expect(root.innerHTML).toBe(
      '<p>Yesterday <mark class="entity entity--person" data-entity="0" data-mention="0">Vladimir Putin</mark> met Kim Jong Un in '
      + '<mark class="entity entity--place" data-entity="1" data-mention="1">Moscow</mark>.</p>',
    );
    expect(marks.map((list) => list.map((m) => m.textContent))).toEqual([['Vladimir Putin'], ['Moscow']]);
  });

  it('wraps each piece of a mention that crosses inline elements, and the pieces share one mention', () => {
    const { root, marks } = highlight('<p>Said <a href="/x">Vladimir</a> <strong>Pu<em>tin</em></strong> today.</p>', [entity('Vladimir Putin', 'person')]);
    expect(root.querySelector('a')!.innerHTML).toBe('<mark class="entity entity--person" data-entity="0" data-mention="0">Vladimir</mark>');
    expect(root.querySelector('em')!.innerHTML).toBe('<mark class="entity entity--person" data-entity="0" data-mention="0">tin</mark>');
    expect(marks[0]!.map((m) => m.textContent).join('')).toBe('Vladimir Putin');
    expect(mentionStarts(marks[0]!)).toEqual([marks[0]![0]]);
    expect(root.textContent).toBe('Said Vladimir Putin today.');
  });

  it('keeps several mentions in one text node apart, in document order', () => {
    const { root, marks } = highlight('<p>Kim wrote to Putin; Putin wrote to Kim.</p>', [entity('Putin', 'person'), entity('Kim', 'person')]);
    expect([...root.querySelectorAll('mark')].map((m) => `${m.dataset.entity}:${m.textContent}`)).toEqual(['1:Kim', '0:Putin', '0:Putin', '1:Kim']);
    expect(marks.map((list) => list.length)).toEqual([2, 2]);
    expect(mentionStarts(marks[0]!)).toHaveLength(2);
  });

  it('creates no element other than mark', () => {
    const html = '<p>The <b>United</b> Nations met in <a href="/g">Geneva</a>.</p><ul><li>Geneva again</li></ul>';
    const before = bodyOf(html).querySelectorAll('*').length;
    const { root } = highlight(html, [entity('United Nations', 'organization'), entity('Geneva', 'place')]);
    const added = [...root.querySelectorAll('*')].filter((el) => el.localName === 'mark');
    expect(added).toHaveLength(4);
    expect(root.querySelectorAll('*').length - before).toBe(added.length);
  });

  it('shows only the chosen types and, with keyOnly, only key entities', () => {
    const entities = [entity('Putin', 'person'), entity('Gazprom', 'organization'), entity('Moscow', 'place', false)];
    const html = '<p>Putin, Gazprom and Moscow.</p>';
    const types = highlight(html, entities, { types: new Set<EntityType>(['organization', 'place']), keyOnly: false });
    expect([...types.root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Gazprom', 'Moscow']);
    expect(types.marks.map((l) => l.length)).toEqual([0, 1, 1]);
    const key = highlight(html, entities, { ...ALL, keyOnly: true });
    expect([...key.root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Putin', 'Gazprom']);
  });

  it('skips overlapping and out-of-range mentions instead of wrapping wrong text', () => {
    const root = bodyOf('<p>Kim Jong Un</p>');
    const entities = [entity('Kim Jong Un', 'person'), entity('Jong', 'person')];
    const mentions: Mention[] = [
      { block: 0, start: 0, end: 11, text: 'Kim Jong Un', type: 'person', entity: 0 },
      { block: 0, start: 4, end: 8, text: 'Jong', type: 'person', entity: 1 },
      { block: 3, start: 0, end: 3, text: 'Kim', type: 'person', entity: 0 },
      { block: 0, start: 9, end: 40, text: 'Un', type: 'person', entity: 0 },
    ];
    const marks = highlightMentions(textBlocks(root), mentions, entities, ALL);
    expect(root.innerHTML).toBe('<p><mark class="entity entity--person" data-entity="0" data-mention="0">Kim Jong Un</mark></p>');
    expect(marks.map((l) => l.length)).toEqual([1, 0]);
  });
});

describe('clearHighlights', () => {
  const article = '<h2>Moscow &amp; <i>Pyongyang</i></h2><p>Presiden Rusia <a href="/p">Vladimir <b>Putin</b></a> dan Kim Jong Un.</p>'
    + '<figure><img src="x.jpg" alt=""><figcaption>Putin in Moscow</figcaption></figure><pre>Putin()</pre>';
  const entities = [entity('Vladimir Putin', 'person'), entity('Moscow', 'place'), entity('Kim Jong Un', 'person')];

  it('restores the serialised HTML exactly and leaves no split text nodes', () => {
    const pristine = bodyOf(article);
    const { root, marks } = highlight(article, entities, ALL, [['Vladimir Putin', 'Putin'], ['Moscow'], ['Kim Jong Un']]);
    expect(marks.flat().length).toBeGreaterThan(4);
    expect(root.innerHTML).not.toBe(pristine.innerHTML);
    clearHighlights(root);
    expect(root.innerHTML).toBe(pristine.innerHTML);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    const texts = (el: Element) => textBlocks(el).map((b) => b.nodes.length);
    expect(texts(root)).toEqual(texts(pristine));
  });

  it('can highlight again after clearing, with fresh blocks', () => {
    const { root } = highlight(article, entities);
    clearHighlights(root);
    const again = highlightMentions(textBlocks(root), find(root, entities), entities, ALL);
    expect(again.map((l) => l.map((m) => m.textContent))).toEqual([['Vladimir ', 'Putin'], ['Moscow', 'Moscow'], ['Kim Jong Un']]);
    expect(again.map((l) => mentionStarts(l).length)).toEqual([1, 2, 1]);
  });

  it('leaves marks the article itself had', () => {
    const root = bodyOf('<p>A <mark>quoted</mark> word</p>');
    clearHighlights(root);
    expect(root.innerHTML).toBe('<p>A <mark>quoted</mark> word</p>');
  });
});
