// The per-language clutter lists (src/rules/clutter/<lang>.json) that name bylines, datelines, photo
// credits, "read also" leads, tag labels and share labels: every language has them, tidy and short,
// and extraction takes those lines out of a story in that language while every real paragraph stays,
// including one that starts with the byline word ("Door de regen…").
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core';
import { declutterArticle, rulesFor } from '../../../src/core/declutter';
import { textOf } from '../../../src/core/declutter/dom';
import { normPhrase } from '../../../src/core/declutter/rules';
import { LANGUAGE_RULES } from '../../../src/rules/clutter';
import { ARTICLES, type LanguageArticle } from './language-articles';

const LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'ms', 'nl', 'pl', 'pt', 'ru', 'tl', 'tr', 'vi', 'zh'];
const REQUIRED = ['bylineFragments', 'datelineAgencies', 'captionCredits', 'relatedLeads', 'tagLabels', 'shareLabels'] as const;
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe.each(LANGUAGES)('%s lists', (lang) => {
  const rules = LANGUAGE_RULES[lang]!;

  it.each(REQUIRED)('%s is non-empty, sorted, unique and made of short phrases', (list) => {
    const phrases = rules[list];
    expect(phrases.length, list).toBeGreaterThan(0);
    expect(phrases).toEqual([...phrases].sort(byCodePoint));
    expect(new Set(phrases.map(normPhrase)).size).toBe(phrases.length);
    for (const phrase of phrases) {
      // A label, never a sentence: rules match a block's whole text or its start against these.
      expect(phrase.length, phrase).toBeLessThanOrEqual(50);
      expect(phrase.split(' ').length, phrase).toBeLessThanOrEqual(8);
      expect(phrase, phrase).not.toMatch(/[.!?。]\s/u);
    }
  });

  it('has month names in lower case, sorted and unique', () => {
    const months = rules.monthNames;
    expect(months).toEqual([...months].sort(byCodePoint));
    expect(new Set(months).size).toBe(months.length);
    for (const month of months) expect(month, month).toBe(month.toLowerCase());
  });
});

function page(a: LanguageArticle): string {
  const [lead, link] = a.related;
  const [label, ...tags] = a.tags;
  const sep = a.sep ?? ': ';
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${a.title}</title></head><body>
<header><a href="/">Home</a></header>
<main><article><h1>${a.title}</h1>
<p>${a.byline}</p><p>${a.date}</p>
<p>${a.dateline}${a.prose[0]}</p>
<figure><img src="/photo.jpg" alt=""><figcaption>${a.credit}</figcaption></figure>
<p>${a.prose[1]}</p>
<p>${lead}${sep}<a href="/story">${link}</a></p>
${a.prose.slice(2).map((p) => `<p>${p}</p>`).join('\n')}
<p>${label}${sep}${tags.map((t, i) => `<a href="/tag/${i}">${t}</a>`).join(a.join ?? ', ')}</p>
<div>${a.share}</div>
</article></main></body></html>`;
}

describe.each(ARTICLES.map((a) => [a.lang, a] as const))('a story in %s', (lang, a) => {
  const doc = new JSDOM(page(a), { url: `https://news.example/${lang}/story` }).window.document;
  const outcome = extractArticle(doc, doc.URL);
  const article = outcome.ok ? outcome.article : null;
  const text = article?.text ?? '';

  it('is read as an article in its language', () => {
    expect(article?.lang).toBe(lang);
  });

  it('keeps every paragraph, the one starting with the byline word too', () => {
    for (const paragraph of a.prose) expect(text, paragraph).toContain(paragraph);
    expect(text.startsWith(a.prose[0]!), 'the dateline goes, its paragraph stays').toBe(true);
  });

  it.each([
    ['byline', a.byline],
    ['date line', a.date],
    ['dateline', a.dateline.trim()],
    ['photo credit', a.credit],
    ['read-also line', a.related[1]],
    ['tag label', a.tags[0]],
    ['share line', a.share],
  ])('takes out the %s', (_kind, clutter) => {
    expect(text).not.toContain(clutter);
  });

  it('names the rule for each line it took', () => {
    const rules = new Set(article?.removed.map((r) => r.rule));
    for (const rule of ['byline-line', 'date-line', 'credit', 'related-link']) expect(rules, rule).toContain(rule);
  });
});

const PROSE = '<p>Het college van burgemeester en wethouders heeft dinsdag besloten om de bouw van honderd nieuwe woningen in de wijk goed te keuren.</p>';
const run = (lang: string, html: string) => {
  const root = new JSDOM(`<div id="r">${PROSE}${html}${PROSE}</div>`).window.document.getElementById('r')!;
  const removed = declutterArticle(root, rulesFor(lang));
  return { removed: removed.map((r) => r.rule), text: textOf(root) };
};

describe('lines that only look like clutter stay', () => {
  it.each([
    ['nl', 'a sentence naming an agency', '<p>Volgens AP - een persbureau uit New York - is het aantal slachtoffers gestegen.</p>'],
    ['en', 'an agency inside the first sentence', '<p>According to AP. The storm has moved north overnight.</p>'],
    ['nl', 'a sentence starting with a credit word', '<p>Foto’s van de ramp gingen dinsdag de hele wereld over.</p>'],
    ['nl', 'a sentence starting with a tag label', '<p>Onderwerpen als wonen en zorg kwamen tijdens het debat nauwelijks aan bod.</p>'],
    ['pl', 'a sentence starting with the byline word', '<p>Autor projektu przekonywał posłów, że ustawa skróci procedury.</p>'],
    ['ja', 'a Japanese sentence with an agency word', '<p>政府と企業は共同で新しい電力網の整備を進めると発表した。</p>'],
    ['ja', 'a Japanese sentence with a date', '<p>政府は2024年3月5日、新たな方針を発表した。</p>'],
    ['tr', 'a heading-like line with a month and no number', '<p>Mart ayında yapılan seçimlerin sonuçları açıklandı.</p>'],
  ])('%s: %s', (lang, _name, html) => {
    const { removed, text } = run(lang, html);
    expect(removed).toEqual([]);
    expect(text).toBe(textOf(new JSDOM(`<div>${PROSE}${html}${PROSE}</div>`).window.document.body));
  });
});

describe('more shapes of the same lines go', () => {
  it.each([
    ['nl', 'a credit without a colon', '<p>Beeld ANP</p>', 'credit'],
    ['vi', 'a caption ending in its credit', '<p>Người dân đi bộ trên phố cổ Hà Nội sáng nay. Ảnh: Giang Huy</p>', 'credit'],
    ['ko', 'a Korean reporter line', '<p>홍길동 기자</p>', 'byline-line'],
    ['ja', 'a reporter in brackets', '<p>（山田太郎）</p>', 'byline-line'],
    ['ru', 'a Russian date line', '<p>5 марта 2024, 14:32</p>', 'date-line'],
    ['zh', 'a tag list in Chinese', '<p>标签：<a href="/t/1">经济</a> <a href="/t/2">股市</a></p>', 'related-link'],
    ['it', 'a "Tag" label over its list', '<h3>Argomenti</h3><ul><li><a href="/t/1">Politica</a></li><li><a href="/t/2">Governo</a></li></ul>', 'related-list'],
    ['tr', 'a share bar in Turkish', '<p>Paylaş Facebook Twitter WhatsApp</p>', 'share-line'],
  ])('%s: %s', (lang, _name, html, rule) => {
    const { removed, text } = run(lang, html);
    expect(removed).toContain(rule);
    expect(text).toBe(textOf(new JSDOM(`<div>${PROSE}${PROSE}</div>`).window.document.body));
  });

  it('takes a wire dateline, leaves its paragraph: "(서울=연합뉴스) 홍길동 기자 = "', () => {
    const body = '정부는 5일 새로운 주택 공급 대책을 발표했다. 이번 대책에는 수도권에 아파트 10만 가구를 짓는 계획이 담겼다.';
    const { removed, text } = run('ko', `<p>(서울=연합뉴스) 홍길동 기자 = ${body}</p>`);
    expect(removed).toEqual(['date-line']);
    expect(text).toContain(body);
    expect(text).not.toContain('연합뉴스');
  });

  it('takes a Chinese wire dateline: "新华社北京3月5日电（记者 张三）"', () => {
    const body = '国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之五左右。';
    const { text } = run('zh', `<p>新华社北京3月5日电（记者 张三）${body}</p>`);
    expect(text).toContain(body);
    expect(text).not.toContain('新华社');
  });
});
