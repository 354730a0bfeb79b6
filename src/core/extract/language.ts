import { cleanLang } from './metadata';

/** The page's declared language: <html lang>, then Content-Language and og:locale metas ('' if none). */
export function pageLanguage(doc: Document): string {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const lang = cleanLang(candidate);
    if (lang) return lang;
  }
  return '';
}
