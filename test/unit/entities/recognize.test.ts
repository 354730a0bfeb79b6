import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { entitiesOfArticle, MAX_RECOGNIZED_CHARS, recognizeEntities } from '../../../src/core/entities';
import { datelineEnd } from '../../../src/core/entities/recognize';
import { fakeTagger } from './fake-tagger';

const NAMES = {
  'FAKTUAL-INDONESIA': 'ORG', 'Presiden Rusia Vladimir Putin': 'PER', 'Putin': 'PER', 'Kim Jong Un': 'PER', 'Kim': 'PER',
  'Rusia': 'LOC', 'Korea Utara': 'LOC', 'Moskow': 'LOC', 'Selasa': 'LOC', 'KCNA': 'ORG',
} as const;
const tagger = fakeTagger(NAMES);
const BLOCKS = [
  'FAKTUAL-INDONESIA: Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertukar surat.',
  'Kantor berita KCNA melaporkan, Putin mengatakan kepada Kim bahwa Moskow dan Rusia setuju. Selasa lalu.',
  'Putin-Kim sepakat. Kim ke Rusia pada 2019.',
];
const TITLE = 'Putin-Kim Bertukar Surat, Sepakat Perkuat Hubungan Rusia-Korea Utara';

describe('recognizeEntities', () => {
  const result = recognizeEntities(BLOCKS, { lang: 'id', title: TITLE }, tagger);
  const byText = (text: string) => result.entities.find((e) => e.text === text);

  it('locates every mention exactly in its block', () => {
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const m of result.mentions) expect(BLOCKS[m.block]?.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists mentions in block, then offset order, each pointing at its entity', () => {
    const order = result.mentions.map((m) => [m.block, m.start]);
    expect(order).toEqual([...order].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)));
    for (const m of result.mentions) {
      const e = result.entities[m.entity];
      expect(e?.type).toBe(m.type);
      expect([e?.text, ...(e?.aliases ?? [])]).toContain(m.text);
    }
  });

  it('drops the dateline, strips the role and splits the place from the name', () => {
    expect(byText('FAKTUAL-INDONESIA')).toBeUndefined();
    expect(result.mentions[0]).toMatchObject({ block: 0, text: 'Rusia', type: 'place' });
    expect(result.mentions[1]).toMatchObject({ block: 0, text: 'Vladimir Putin', type: 'person' });
  });

  it('folds the mentions into entities with counts and aliases', () => {
    expect(byText('Vladimir Putin')).toMatchObject({ type: 'person', mentions: 3, aliases: ['Putin'] });
    expect(byText('Kim Jong Un')).toMatchObject({ type: 'person', mentions: 4, aliases: ['Kim'] });
    expect(byText('Rusia')).toMatchObject({ type: 'place', mentions: 3 });
  });

  it('sorts by salience; title names first; key = confident entities only', () => {
    const scores = result.entities.map((e) => e.salience);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.entities.slice(0, 4).map((e) => e.text).sort()).toEqual(['Kim Jong Un', 'Korea Utara', 'Rusia', 'Vladimir Putin']);
    // One-word, one-mention, not in the title: ranked but never key.
    expect(byText('Selasa')).toMatchObject({ key: false });
    expect(byText('Moskow')).toMatchObject({ key: false });
    // Except an organisation named by its acronym: the agency the story cites belongs in the panel.
    expect(byText('KCNA')).toMatchObject({ key: true });
  });

  it('caps the key entities at keyCount', () => {
    const capped = recognizeEntities(BLOCKS, { lang: 'id', title: TITLE, keyCount: 2 }, tagger);
    expect(capped.entities.filter((e) => e.key)).toHaveLength(2);
    expect(capped.entities.slice(0, 2).every((e) => e.key)).toBe(true);
  });

  it('gives no mentions for a block in an unsupported script', () => {
    const blocks = ['Путин и Ким обменялись письмами.', 'Putin menulis kepada Kim.'];
    const picky = fakeTagger({ 'Путин': 'PER', 'Ким': 'PER', Putin: 'PER', Kim: 'PER' }, { supported: (t) => !/\p{Script=Cyrillic}/u.test(t) });
    const r = recognizeEntities(blocks, { lang: 'ru' }, picky);
    expect(r.mentions.map((m) => m.block)).toEqual([1, 1]);
  });

  it('is empty for no blocks', () => {
    expect(recognizeEntities([], { lang: 'en' }, tagger)).toEqual({ entities: [], mentions: [] });
  });
});

describe('datelineEnd', () => {
  it.each([
    ['FAKTUAL-INDONESIA: Presiden', 18],
    ['JAKARTA - Presiden', 10],
    ['ANTARA NEWS — Hujan', 14],
    ['SANTIAGO, May 21 (Reuters) - Copper', 29],
    ['NEW YORK (AP) — Stocks', 16],
  ])('drops the all-caps prefix of %j', (text, end) => expect(datelineEnd(text)).toBe(end));

  it.each([
    'BRENNAN FALLS, Ohio — The city council',
    'Presiden Joko Widodo: kita siap',
    'A - B',
    'KOMPAS.com - Hujan',
  ])('keeps %j', (text) => expect(datelineEnd(text)).toBe(0));
});

describe('entitiesOfArticle', () => {
  it('recognises the text blocks of an element and returns them with the result', () => {
    const doc = new JSDOM('<article><p>Di <b>Moskow</b>, Putin bicara.</p><figure><figcaption>(Foto: Reuters)</figcaption></figure><pre>Kim</pre></article>').window.document;
    const result = entitiesOfArticle(doc.querySelector('article') as Element, { lang: 'id' });
    expect(result.blocks.map((b) => b.text)).toEqual(['Di Moskow, Putin bicara.', '(Foto: Reuters)']);
    for (const m of result.mentions) expect(result.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('marks names only within the first MAX_RECOGNIZED_CHARS characters of a huge article', () => {
    const filler = 'Warga kampung itu menunggu hujan reda sebelum pulang ke rumah masing-masing. ';
    const head = `Presiden Joko Widodo meresmikan jembatan di Semarang. ${filler.repeat(20)}`;
    const long = filler.repeat(Math.ceil((MAX_RECOGNIZED_CHARS * 2) / filler.length));
    const doc = new JSDOM(`<article><p>${head}${long}</p><p>Menteri Sri Mulyani datang ke Surabaya. ${filler}</p></article>`).window.document;
    const result = entitiesOfArticle(doc.querySelector('article') as Element, { lang: 'id' });
    expect(result.blocks[0]!.text.length).toBeGreaterThan(MAX_RECOGNIZED_CHARS * 2);
    const names = result.entities.map((e) => e.text).join(' | ');
    expect(names).toMatch(/Joko Widodo/);
    expect(names).not.toMatch(/Sri Mulyani|Surabaya/);
    for (const m of result.mentions) expect(result.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('key entities leave out who only took or appears in the picture, and the outlet itself', () => {
  const names = { 'Kevin Marsh': 'PER', 'Denise Whitlock': 'PER', 'Meridian Post': 'ORG', 'Reuters': 'ORG' } as const;
  const blocks = [
    'The plant at dawn. Kevin Marsh for The Meridian Post (Photo: Reuters)',
    'Denise Whitlock said the vote was close, Denise Whitlock told the Meridian Post on Monday.',
  ];
  const result = recognizeEntities(blocks, { lang: 'en', captions: [0], siteName: 'The Meridian Post' }, fakeTagger(names));
  const key = (text: string) => result.entities.find((e) => e.text === text)?.key;

  it('still finds them, but only the story\'s own names are key', () => {
    expect(key('Denise Whitlock')).toBe(true);
    expect(result.entities.find((e) => e.text === 'Reuters')?.type).toBe('organization');
    expect(key('Kevin Marsh')).toBe(false);
    expect(key('Meridian Post')).toBe(false);
  });
});


describe('the dateline after a caption', () => {
  it('drops a wire dateline in the first paragraph that is not a caption, however long the caption', () => {
    const caption = 'A cargo ship waits at anchor off the port of Antofagasta in the north of the country on a grey morning in May, photographed from the pier.';
    const lead = 'SANTIAGO, May 21 (Reuters) - Copper shipments from the northern ports fell sharply in May as a strike by dockworkers entered its third week, port data showed.';
    const tagger = fakeTagger({ SANTIAGO: 'ORG', Reuters: 'ORG', Antofagasta: 'LOC' });
    const result = recognizeEntities([caption, lead], { lang: 'en', captions: [0] }, tagger);
    expect(result.mentions.map((m) => m.text)).toEqual(['Antofagasta']);
  });
});

describe('the outlet named in its own story', () => {
  it('is an organisation, whatever type a sentence gave it, and its mentions carry that type', () => {
    const blocks = ['Loadings dropped, according to data reviewed by Pacifica Wire on Monday.'];
    const result = recognizeEntities(blocks, { lang: 'en', siteName: 'Pacifica Wire' }, fakeTagger({ 'Pacifica Wire': 'PER' }));
    expect(result.entities.map((e) => [e.text, e.type, e.key])).toEqual([['Pacifica Wire', 'organization', false]]);
    expect(result.mentions.map((m) => m.type)).toEqual(['organization']);
  });
});
