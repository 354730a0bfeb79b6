import { Readability } from '@mozilla/readability';
import type { ExtractOutcome, Removal } from '../article';
import { declutterArticle, declutterPage, rulesFor } from '../declutter';
import { plainTextOf } from '../text/plain-text';
import { pageLanguage } from './language';
import { cleanDir, cleanLang, countWords, leadImage, plainText } from './metadata';
import { cleanTitle } from './title';

export interface ExtractOptions {
  /** Below this many characters of body text the page is "no article" (Readability's own threshold). */
  minTextLength?: number;
  /** Skip the declutter passes (for comparisons with plain Readability). */
  declutter?: boolean;
}

const DEFAULT_MIN_TEXT = 500;

/**
 * Extracts the main article of `doc` without touching it: declutter and Readability work on a clone.
 * `url` is the page's address, used to resolve relative links and images.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  const minTextLength = options.minTextLength ?? DEFAULT_MIN_TEXT;
  try {
    const clone = doc.cloneNode(true) as Document;
    const lang = pageLanguage(doc);
    const rules = rulesFor(lang);
    const removed: Removal[] = options.declutter === false ? [] : declutterPage(clone, rules);
    const parsed = new Readability<Element>(clone, { charThreshold: minTextLength, serializer: (el) => el as Element }).parse();
    const root = parsed?.content;
    if (!parsed || !root) return noArticle();
    if (options.declutter !== false) removed.push(...declutterArticle(root, rules));
    const text = plainTextOf(root);
    if (text.length < minTextLength) return noArticle();
    const siteName = plainText(parsed.siteName);
    return {
      ok: true,
      article: {
        url,
        title: cleanTitle(plainText(parsed.title) || plainText(doc.title), siteName, url),
        byline: plainText(parsed.byline),
        siteName,
        publishedTime: plainText(parsed.publishedTime),
        lang: cleanLang(parsed.lang) || lang,
        dir: cleanDir(parsed.dir ?? doc.documentElement?.getAttribute('dir')),
        excerpt: plainText(parsed.excerpt),
        leadImage: leadImage(doc, url),
        html: root.innerHTML,
        text,
        wordCount: countWords(text),
        removed,
      },
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: `The article could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function noArticle(): ExtractOutcome {
  return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
}
