// The article's metadata read from the ORIGINAL page (read-only), independent of Readability: JSON-LD
// first, then meta tags, then the markup around the headline. Every field is plain text (tags stripped,
// entities decoded, whitespace collapsed), leadImage an absolute http(s) URL, lang a BCP 47 tag; '' when
// the page does not say.
import { byline } from './byline';
import { decodedText, jsonLdArticle } from './json-ld';
import { pageLanguage } from './language';
import { cleanLang, httpUrl, leadImage, metaContent } from './metadata';
import { publishedTime } from './published';
import { elementsByTag } from '../elements';

export interface ArticleMetadata {
  /** The headline the page declares (JSON-LD headline, og:title, twitter:title), when it declares one. */
  title?: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  leadImage: string;
  excerpt: string;
}

export function articleMetadata(doc: Document, url: string): ArticleMetadata {
  const ld = jsonLdArticle(doc, url);
  const meta = (selectors: string[]) => decodedText(doc, metaContent(doc, selectors));
  const title = ld?.headline || meta(['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]', 'meta[property="twitter:title"]']);
  return {
    ...(title ? { title } : {}),
    byline: byline(doc, ld),
    siteName: ld?.publisher || meta(['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]']),
    publishedTime: publishedTime(doc, ld),
    lang: pageLanguage(doc) || cleanLang(ld?.inLanguage),
    leadImage:
      leadImage(doc, url) ||
      ld?.image ||
      httpUrl(imageSrcLink(doc), url),
    excerpt:
      ld?.description ||
      meta(['meta[property="og:description"]', 'meta[name="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]', 'meta[property="twitter:description"]']),
  };
}

/** <link rel="image_src" href>: a plain scan of <link>s (an attribute selector costs far more under jsdom). */
function imageSrcLink(doc: Document): string | null {
  const link = elementsByTag(doc, 'link').find((l) => /(?:^|\s)image_src(?:\s|$)/i.test(l.getAttribute('rel') ?? '') && l.hasAttribute('href'));
  return link?.getAttribute('href') ?? null;
}
