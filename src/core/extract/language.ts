import { metaValues } from './meta-index';
import { cleanLang } from './metadata';

/** The page's declared language: <html lang>, then Content-Language and og:locale metas ('' if none). */
export function pageLanguage(doc: Document): string {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    metaValues(doc, 'content-language')[0]?.split(',')[0],
    metaValues(doc, 'og:locale')[0],
  ];
  for (const candidate of candidates) {
    const lang = cleanLang(candidate);
    if (lang) return lang;
  }
  return '';
}
