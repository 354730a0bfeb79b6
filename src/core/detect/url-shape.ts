// What the address says: stories live at dated, slugged or numbered paths; searches, tags, categories,
// logins, shops, a business's services, galleries and the site's root do not. The words are data (src/rules/detect/url-words.json)
// and count only as a whole path segment or the host's first label, never inside a slug:
// "/2019/11/19/video-shows-rescue/" is no video page.
import { DETECT_COMMON, URL_WORDS } from '../../rules/detect';
import type { Weigh } from './evidence';

const KINDS = Object.entries(URL_WORDS);
// A search query: one of the keys with a value ("?q=hochwasser", WordPress "?s=banjir").
const SEARCH_RE = RegExp(`[?&](${DETECT_COMMON.searchKeys.join('|')})=[^&]`);

// /2024/03/12/, /2019/nov/18/, /2019/11/8/, -2024-05-21, /2019-11-…, -20191115
const DATE_RE = /(?<!\d)(19|20)\d\d(([-/_]?)(0[1-9]|1[0-2])(\3[0-3]\d)?(?!\d)|\/([1-9]|[a-z]{3})\/)/;
// The home page: nothing but a language code or an index file ("/", "/en/", "/index.html").
const ROOT_RE = /^(\/([a-z]{2}([-_][a-z]{2})?|index\.\w+|home))*\/?$/;
// Kinds of address for an article; every other kind (a URL word's) counts against. A long number (an id)
// made articles of a forum thread and a listing on 1,000 of WCXB's dev pages and saved no article there,
// but it keeps two of Scrapinghub's 181 news stories (news sites number their stories): it stays.
const POINTS: Record<string, number> = { date: 1.5, slug: 1, id: 0.5 };

/** Weighs the page's address; returns whether it carries a date. */
export function weighUrl(url: string, weigh: Weigh): boolean {
  // A regular expression rather than new URL(), which costs more than the rest of this function. A file://
  // address is where a page was saved, not what it is (the CLI's default URL): it says nothing.
  const [, host, path = '', query = ''] = /^https?:\/\/([^/?#]*)([^?#]*)([^#]*)/i.exec(url.toLowerCase()) ?? [];
  if (host === undefined) return false;
  if (ROOT_RE.test(path)) weigh(-6, 'url:root');
  const kinds = new Set<string | undefined>();
  // Segments stay percent-encoded: the words are ASCII, and an encoded slug still splits on its hyphens.
  for (const segment of [host.split('.')[0]!, ...path.split('/')]) {
    const word = segment.replace(/\.\w+$/, '');
    kinds.add(KINDS.find(([, words]) => words.includes(word))?.[0]);
    // A slug: four or more words ("brennan-falls-water-utility-buyback-vote").
    if (segment.split(/[-_]/).length > 3) kinds.add('slug');
  }
  if (SEARCH_RE.test(query)) kinds.add('search');
  const dated = DATE_RE.test(path);
  if (dated) kinds.add('date');
  if (/\d{5}/.test(path)) kinds.add('id');
  for (const kind of kinds) if (kind) weigh(POINTS[kind] ?? -3, `url:${kind}`);
  return dated;
}
