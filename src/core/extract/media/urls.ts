// URL and srcset helpers for the media pre-passes: the page's <base href>, absolute http(s) URLs, and a
// spec-like srcset parser (a URL may itself contain commas) with its largest-candidate pick.
// Lazy loaders leave relative, stale or data: values behind; everything the media passes write goes through here.
import { elementsByTag } from '../../elements';

/** The page's <base href> resolved against `url`, or `url` itself. */
export function baseUrl(doc: Document, url: string): string {
  // By tag, not by 'base[href]': an attribute selector over a whole page costs jsdom a full match per element.
  const href = elementsByTag(doc, 'base').find((b) => b.hasAttribute('href'))?.getAttribute('href');
  if (href) {
    const resolved = absoluteUrl(href, url);
    if (/^https?:/i.test(resolved)) return resolved;
  }
  return url;
}

/** `value` made absolute against `base`; data: URLs pass unchanged; '' when it is no usable URL. */
export function absoluteUrl(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  if (/^data:/i.test(trimmed)) return trimmed;
  try {
    const resolved = new URL(trimmed, base || undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : '';
  } catch {
    return '';
  }
}

export function absolutizeAttr(el: Element, attr: string, base: string): void {
  const value = el.getAttribute(attr);
  if (!value) return;
  const resolved = absoluteUrl(value, base);
  if (resolved && resolved !== value) el.setAttribute(attr, resolved);
}

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/** Parses a srcset like the HTML spec does: a URL may itself contain commas (",w_300,h_200"). */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let url = '';
    while (i < value.length && !/\s/.test(value[i]!)) url += value[i++];
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (i < value.length) {
        const ch = value[i]!;
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
        else if (ch === ',' && depth === 0) break;
        descriptor += ch;
        i++;
      }
    }
    if (url) out.push({ url, descriptor: descriptor.trim() });
  }
  return out;
}

export function absoluteSrcset(value: string, base: string): string {
  return parseSrcset(value)
    .map((c) => ({ ...c, url: absoluteUrl(c.url, base) }))
    .filter((c) => c.url && !/^data:/i.test(c.url))
    .map((c) => (c.descriptor ? `${c.url} ${c.descriptor}` : c.url))
    .join(', ');
}

/** The candidate with the largest width (or density) descriptor; the first one when none has any. */
export function largestCandidate(srcset: string): string {
  let best = '';
  let bestSize = -1;
  for (const { url, descriptor } of parseSrcset(srcset)) {
    const m = /^([\d.]+)[wx]$/i.exec(descriptor.split(/\s+/)[0] ?? '');
    const size = m ? Number(m[1]) : 0;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}
