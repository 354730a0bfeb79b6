// The YAML front-matter block that opens a saved Markdown file (as Obsidian, Jekyll and Hugo read
// it): the article's title, byline, site, address, date and language.
import type { Article } from '../../../core/article';

/**
 * A YAML double-quoted scalar: backslashes, quotes and control characters escaped, so a title with
 * a colon, a quote, a leading "- " or a line break stays one string.
 */
export function yamlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (ch) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

type FrontMatterFields = Pick<Article, 'title' | 'byline' | 'siteName' | 'url' | 'publishedTime' | 'lang'>;

/** The block, from "---" to "---" and a newline; empty fields are left out. */
export function frontMatter(article: FrontMatterFields): string {
  const fields: [string, string][] = [
    ['title', article.title], ['byline', article.byline], ['site', article.siteName], ['url', article.url],
    ['date', article.publishedTime], ['language', article.lang],
  ];
  const lines = fields.filter(([, value]) => value.trim() !== '').map(([key, value]) => `${key}: ${yamlString(value.trim())}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
