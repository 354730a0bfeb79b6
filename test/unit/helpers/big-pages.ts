// Big and malformed pages generated in code (issue 18, "Big and bad input"), for the unit tests, the
// e2e tests and the timing script alike. Every generator is deterministic: the same words each run.

// Real-looking prose: a story's sentences, varied enough that no rule takes them for boilerplate.
const WORDS = (
  'the council voted on tuesday to extend the water utility contract after residents filled the hall '
  + 'with questions about rates repairs and the aging pipes under the old market district while engineers '
  + 'said the work would take three summers and cost more than the town had planned for in its budget'
).split(' ');

/** `count` sentences of story prose (about 90 characters each). */
export function prose(count: number, seed = 0): string {
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    const words: string[] = [];
    const length = 12 + ((s * 7 + seed) % 9);
    for (let w = 0; w < length; w++) words.push(WORDS[(s * 13 + w * 5 + seed) % WORDS.length]!);
    const sentence = words.join(' ');
    out.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(' ');
}

/** The story every big page carries (when it carries one): its paragraphs' text, in order. */
export const STORY = Array.from({ length: 8 }, (_, i) => prose(5, i * 3));

const storyHtml = () => `<article><h1>Council extends the water contract</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council extends the water contract</title>${head}</head><body>${body}</body></html>`;
}

/** The story among `count` elements of page furniture (link lists in nested divs). */
export function manyElements(count: number): string {
  const parts: string[] = [];
  // Each block is 10 elements: a div, a ul, four li with an a each.
  for (let i = 0; i < count / 10; i++) parts.push(`<div class="m"><ul><li><a href="/s/${i}">S${i}</a></li><li><a href="/t/${i}">T</a></li><li><a href="/u">U</a></li><li><a href="/v">V</a></li></ul></div>`);
  return page(`<nav>${parts.slice(0, parts.length >> 1).join('')}</nav>${storyHtml()}<footer>${parts.slice(parts.length >> 1).join('')}</footer>`);
}

/** About `bytes` of HTML: the story, then reader comments (short paragraphs in divs) to fill the size. */
export function hugeHtml(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const comment = `<div class="comment" id="c${i}"><span class="who">Reader ${i}</span><p>${prose(2, i)}</p></div>`;
    parts.push(comment);
    size += comment.length;
  }
  return page(`${storyHtml()}<section class="comments">${parts.join('')}</section>`);
}

/** One paragraph of about `chars` characters of prose, after a headline. */
export function longParagraph(chars: number): string {
  const sentence = prose(40);
  const text = sentence.repeat(Math.ceil(chars / (sentence.length + 1))).slice(0, chars);
  return page(`<article><h1>Council extends the water contract</h1><p>${text}</p></article>`);
}

/** The story, then a table of `cells` cells (ten a row). */
export function bigTable(cells: number): string {
  const rows: string[] = [];
  for (let r = 0; r < cells / 10; r++) rows.push(`<tr>${Array.from({ length: 10 }, (_, c) => `<td>${r * 10 + c}</td>`).join('')}</tr>`);
  return page(`${storyHtml()}<table>${rows.join('')}</table>`);
}

/** The story with `count` images after it (a gallery). */
export function manyImages(count: number): string {
  const images = Array.from({ length: count }, (_, i) => `<img src="/img/${i}.png" width="10" height="10" alt="">`).join('');
  return page(`${storyHtml()}<div class="gallery">${images}</div>`);
}

/** The story at the bottom of `depth` nested divs, as HTML (browsers' parsers flatten past 512 levels). */
export function deepHtml(depth: number): string {
  return page(`${'<div>'.repeat(depth)}${storyHtml()}${'</div>'.repeat(depth)}`);
}

/**
 * A page script that builds the nesting itself (no parser limit applies): `depth` divs, the story's
 * paragraphs in the innermost. For the browser; `nestInDocument` does the same in a jsdom document.
 * `hidden`: the nesting goes in a hidden element and the story beside it (Chromium's renderer crashes
 * laying out 5,000 nested visible blocks, before any extension runs).
 */
export function deepScriptPage(depth: number, hidden = false): string {
  const paragraphs = JSON.stringify(STORY);
  return page(hidden ? storyHtml() : '<h1>Council extends the water contract</h1>', `<script>addEventListener('DOMContentLoaded', () => {
    let at = document.body;
    if (${hidden}) { at = document.createElement('div'); at.hidden = true; document.body.append(at); }
    for (let i = 0; i < ${depth}; i++) { const d = document.createElement('div'); at.append(d); at = d; }
    for (const text of ${paragraphs}) { const p = document.createElement('p'); p.textContent = text; at.append(p); }
  });</script>`);
}

/** Nests the story `depth` divs deep into `doc`'s body, with DOM calls (as a page script would). */
export function nestInDocument(doc: Document, depth: number): void {
  let at: Element = doc.body;
  for (let i = 0; i < depth; i++) {
    const div = doc.createElement('div');
    at.append(div);
    at = div;
  }
  for (const text of STORY) {
    const p = doc.createElement('p');
    p.textContent = text;
    at.append(p);
  }
}

export const SVG_DOC = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><title>A circle</title><circle cx="50" cy="50" r="40"/><text x="10" y="20">${STORY[0]}</text></svg>`;
export const XML_DOC = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Council</title><description>${STORY[0]}</description></item></channel></rss>`;
export const PLAIN_TEXT = STORY.join('\n\n');
export const FRAMESET = '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/a"><frame src="/b"></frameset></html>';
export const NO_BODY = '<!doctype html><html><head><title>Head only</title></head></html>';
export const EMPTY = '';

/**
 * `text` in a legacy encoding, as bytes: a reverse of the platform's own decoder (TextDecoder knows
 * every WHATWG encoding; Node has no encoder but UTF-8). One and two byte sequences are enough for
 * the text of these tests (Cyrillic, kana, common Han).
 */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const tryBytes = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let a = 0; a < 0x80; a++) table.set(String.fromCharCode(a), [a]);
  for (let a = 0x80; a < 0x100; a++) {
    tryBytes([a]);
    for (let b = 0x40; b < 0xff; b++) tryBytes([a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${encoding} cannot encode ${ch}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** A story in each legacy encoding's language, to look for mojibake. */
export const LEGACY_STORIES: Record<string, { lang: string; title: string; paragraph: string }> = {
  shift_jis: { lang: 'ja', title: '市議会が水道契約を延長', paragraph: '市議会は火曜日、水道事業の契約を延長することを決めた。住民は料金と修理について多くの質問をした。技師たちは工事に三年の夏がかかると述べた。' },
  'windows-1251': { lang: 'ru', title: 'Совет продлил контракт на водоснабжение', paragraph: 'Городской совет во вторник проголосовал за продление контракта на водоснабжение. Жители задавали вопросы о тарифах и ремонте старых труб под рыночным районом.' },
  gb18030: { lang: 'zh', title: '市议会延长供水合同', paragraph: '市议会星期二投票决定延长供水合同。居民们就水费和维修提出了许多问题。工程师说这项工程需要三个夏天才能完成。' },
};

/** A legacy-encoded article page; `inMeta`: the charset is declared in a meta tag (else only in the HTTP header). */
export function legacyPage(encoding: string, inMeta: boolean): Uint8Array {
  const story = LEGACY_STORIES[encoding]!;
  const meta = inMeta ? `<meta charset="${encoding}">` : '';
  // Long enough for the classifier to call it an article (2,500 characters of running text).
  const paragraphs = Array.from({ length: 20 }, () => `<p>${story.paragraph} ${story.paragraph}</p>`).join('');
  return encodeLegacy(`<!doctype html><html lang="${story.lang}"><head>${meta}<title>${story.title}</title></head><body><article><h1>${story.title}</h1>${paragraphs}</article></body></html>`, encoding);
}
