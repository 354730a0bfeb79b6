// What each export holds, as text: the plain-text copy, the Markdown copy and the saved .md file.
import type { Article } from '../../../core/article';
import { frontMatter } from './front-matter';

/** The article as plain text: the title, then its text (one paragraph per block, as extracted). */
export function plainTextDocument(article: Pick<Article, 'title' | 'text'>): string {
  return `${[article.title.trim(), article.text.trim()].filter(Boolean).join('\n\n')}\n`;
}

/** A title as a Markdown heading: its characters that Markdown reads as syntax are escaped. */
function heading(title: string): string {
  return `# ${title.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>]/g, '\\$&')}`;
}

/** The Markdown copy: the title as a heading, then the body (`body`: the converter's output). */
export function markdownDocument(article: Pick<Article, 'title'>, body: string): string {
  const head = article.title.trim() ? `${heading(article.title)}\n\n` : '';
  return `${head}${body.trim()}\n`;
}

/** The saved .md file: the front-matter block, then the Markdown copy. */
export function markdownFile(article: Parameters<typeof frontMatter>[0], body: string): string {
  return `${frontMatter(article)}\n${markdownDocument(article, body)}`;
}
