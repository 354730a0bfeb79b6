// The headline without the site's name: "Headline – The Millbrook Ledger" → "Headline".
// Readability 0.6 splits only on | - \ / > » and misses the en and em dashes WordPress writes.

const SEPARATOR = /\s+[|\-–—·»:\\/]\s+/g;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/i, '');
  } catch {
    return '';
  }
}

/** True when `part` names the site (its og:site_name, or its host name inside it), ignoring case and spacing. */
function namesSite(part: string, siteName: string, url: string): boolean {
  const p = norm(part);
  const site = norm(siteName);
  const host = norm(hostName(url));
  if (!p) return false;
  return (site !== '' && (p === site || p.includes(site) || site.includes(p))) || (host.length >= 4 && p.includes(host));
}

export function cleanTitle(title: string, siteName: string, url: string): string {
  const text = title.trim();
  const separators = [...text.matchAll(SEPARATOR)];
  if (separators.length === 0) return text;
  const lastSep = separators[separators.length - 1]!;
  const tail = text.slice(lastSep.index + lastSep[0].length);
  if (namesSite(tail, siteName, url)) return text.slice(0, lastSep.index).trim();
  const firstSep = separators[0]!;
  const head = text.slice(0, firstSep.index);
  if (namesSite(head, siteName, url)) return text.slice(firstSep.index + firstSep[0].length).trim();
  return text;
}
