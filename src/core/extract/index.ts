import { Readability } from '@mozilla/readability';
import type { ExtractOutcome } from '../article';
import { cleanDir, cleanLang, countWords, leadImage, plainText } from './metadata';
import { cleanTitle } from './title';

export interface ExtractOptions {
  /** Below this many characters of body text the page is "no article" (Readability's own threshold). */
  minTextLength?: number;
}

const DEFAULT_MIN_TEXT = 500;

/**
 * Extracts the main article of `doc` without touching it: Readability works on a clone.
 * `url` is the page's address, used to resolve relative links and images.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  const minTextLength = options.minTextLength ?? DEFAULT_MIN_TEXT;
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability(clone, { charThreshold: minTextLength }).parse();
    const text = parsed?.textContent?.trim() ?? '';
    if (!parsed || !parsed.content || text.length < minTextLength) {
      return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
    }
    const htmlLang = doc.documentElement?.getAttribute('lang');
    const siteName = plainText(parsed.siteName);
    return {
      ok: true,
      article: {
        url,
        title: cleanTitle(plainText(parsed.title) || plainText(doc.title), siteName, url),
        byline: plainText(parsed.byline),
        siteName,
        publishedTime: plainText(parsed.publishedTime),
        lang: cleanLang(parsed.lang ?? htmlLang),
        dir: cleanDir(parsed.dir ?? doc.documentElement?.getAttribute('dir')),
        excerpt: plainText(parsed.excerpt),
        leadImage: leadImage(doc, url),
        html: parsed.content,
        wordCount: countWords(text),
      },
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: `The article could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
