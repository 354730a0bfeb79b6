// When the article was published, as ISO 8601 text: JSON-LD first, then the meta tags CMSs and
// analytics tags write, then a <time datetime> next to the headline. Offsets are kept as the page gives
// them ("2024-05-17T06:00:00+02:00": the reader shows the newsroom's local time); values without one stay
// without one rather than being read in the reader's time zone.
import { metaValues } from './meta-index';
import type { JsonLdArticle } from './json-ld';
import { wordsOf } from '../text/word-lists';
import { elementsByTag } from '../elements';

/** Meta names for the publication date, each tried as property=, name= and itemprop=. */
const META_KEYS = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'date', 'DC.date.issued', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date',
  // Kompas/Detik-style CMSs (Indonesian news sites).
  'content_PublishedDate',
];

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** `value` as ISO 8601 (offset kept, seconds added), or '' when it is no date `new Date` could read. */
export function isoDate(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (!text || text.length > 64) return '';
  const m = ISO_LIKE.exec(text);
  if (m) {
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? -1 : Number(v))) as [number, number, number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return '';
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (hour < 0) return date;
    if (hour > 23 || minute > 59 || second > 59) return '';
    const zone = offset(m[7]);
    if (zone === null) return '';
    const iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(Math.max(second, 0))}${zone}`;
    return Number.isNaN(new Date(iso).getTime()) ? '' : iso;
  }
  // Anything else Date can read ("Tue, 12 Mar 2024 04:30:00 -0400"), if it names a plausible year.
  const year = /\b(19\d\d|20\d\d|2100)\b/.exec(text);
  const parsed = new Date(text);
  if (!year || Number.isNaN(parsed.getTime())) return '';
  // A numeric offset is kept, as for ISO values: the article's calendar day is the one in its own zone.
  const zone = /\s([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (zone) {
    const minutes = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
    const local = new Date(parsed.getTime() + minutes * 60_000).toISOString().slice(0, 19);
    return `${local}${zone[1]}${zone[2]}:${zone[3]}`;
  }
  if (/(?:\bZ\b|\bGMT\b|\bUTC\b|[+-]\d{2}:?\d{2}\b)/i.test(text)) return parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // No zone: Date read it as local time, so local getters give back exactly what the page wrote.
  const date = `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  return /\d:\d\d/.test(text) ? `${date}T${pad(parsed.getHours())}:${pad(parsed.getMinutes())}:${pad(parsed.getSeconds())}` : date;
}

/** "Z" for UTC, "+HH:MM" for an offset, '' for none, null for an impossible one. */
function offset(zone: string | undefined): string | null {
  if (!zone) return '';
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function fromMeta(doc: Document): string {
  for (const key of META_KEYS) {
    for (const content of metaValues(doc, key)) {
      const iso = isoDate(content);
      if (iso) return iso;
    }
  }
  // Microdata on the page itself: <time itemprop="datePublished" datetime="…">, <span itemprop=… content=…>.
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]:not(meta)'))) {
    const iso = isoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (iso) return iso;
  }
  return '';
}

/**
 * The elements around the headline where a dateline or byline sits: its header, its article, its parents
 * (never the whole body). None without an <h1>: a page of teasers has a date and a byline in every card.
 */
export function headlineScopes(doc: Document): Element[] {
  // The first headline inside an article or main region, else the first of all. From the page's few
  // <h1>s up, not by a descendant query over every element (0.7 s a call under jsdom on 100,000 elements).
  const headlines = elementsByTag(doc, 'h1');
  const h1 = headlines.find((el) => el.closest('article, main, [role="main"]')) ?? headlines[0];
  if (!h1) return [];
  const parent = h1.parentElement;
  const scopes = [h1.closest('header'), h1.closest('article'), parent, parent?.parentElement, parent?.parentElement?.parentElement];
  const out: Element[] = [];
  for (const scope of scopes) {
    if (scope && scope !== doc.body && scope !== doc.documentElement && !out.includes(scope)) out.push(scope);
  }
  return out;
}

// Parts of a <time>'s class or itemprop, matched anywhere in it ("lastUpdated", "dateModified"): words
// of the language files (publishedClassParts, updatedClassParts).
const PUBLISHED = new RegExp(wordsOf('publishedClassParts'), 'i');
const UPDATED = new RegExp(wordsOf('updatedClassParts'), 'i');

function fromHeadlineTime(doc: Document): string {
  for (const scope of headlineScopes(doc)) {
    const times = Array.from(scope.querySelectorAll('time[datetime]'));
    const marked = times.find((t) => t.hasAttribute('pubdate') || PUBLISHED.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`));
    const plain = times.find((t) => !UPDATED.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`));
    for (const time of [marked, plain]) {
      const iso = isoDate(time?.getAttribute('datetime'));
      if (iso) return iso;
    }
  }
  return '';
}

/** The published time as ISO 8601, or ''. `jsonLd` is the page's JSON-LD article, when already read. */
export function publishedTime(doc: Document, jsonLd?: JsonLdArticle | null): string {
  return isoDate(jsonLd?.datePublished) || fromMeta(doc) || fromHeadlineTime(doc);
}
