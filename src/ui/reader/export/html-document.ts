// The saved HTML file: one self-contained page that looks like the reading view (its article styles
// in a <style>), with the article's language and direction on <html>. Images stay links to their
// addresses (nothing is embedded); nothing in it runs: the body is the view's sanitized HTML, and
// what could run is taken out once more here in case it ever was not.
import { htmlParserOf, inertFragment } from '../../../core/inert-html';
import type { Article } from '../../../core/article';

export interface HtmlExport {
  article: Pick<Article, 'title' | 'siteName' | 'url' | 'lang' | 'dir'>;
  /** The article body as the view shows it: already through core/sanitize. */
  safeHtml: string;
  /** The view's article styles (article-css.ts). */
  css: string;
  /** The theme shown (data-theme on <html>, which the styles read). */
  theme: string;
  /** The type settings as CSS custom properties (type-style.ts). */
  typeStyle: Record<string, string>;
  /** The meta line's parts, in the interface's words: byline, date, reading time. */
  meta: string[];
  /** The footer link's text (the view's "Original page"). */
  originalLabel: string;
}

const DROPPED = 'script, noscript, template, iframe, frame, object, embed, link, meta, base, style, form, source';

/** Takes out what could run, load or navigate: scripts, handlers, javascript: and data: links, srcsets. */
function disarm(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(DROPPED))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      const url = /^(href|src|xlink:href|action|formaction|poster|background)$/.test(name);
      if (name.startsWith('on') || name === 'srcset' || name === 'sizes' || name === 'style'
        || (url && /^(javascript|vbscript|data):/i.test(value) && !(name === 'src' && /^data:image\/(png|jpe?g|gif|webp);/i.test(value)))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/**
 * The complete file, doctype first, made in an inert document of `page`'s (nothing in it loads or
 * runs); the body is parsed by `page`'s DOMParser (core/inert-html.ts), not through innerHTML.
 */
export function htmlDocument(input: HtmlExport, page: Document): string {
  const implementation = page.implementation;
  const { article } = input;
  const doc = implementation.createHTMLDocument(article.title);
  const html = doc.documentElement;
  if (article.lang) html.setAttribute('lang', article.lang);
  html.setAttribute('dir', article.dir);
  html.setAttribute('data-theme', input.theme);
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset);
  const viewport = doc.createElement('meta');
  viewport.setAttribute('name', 'viewport');
  viewport.setAttribute('content', 'width=device-width, initial-scale=1');
  const style = doc.createElement('style');
  // A style sheet cannot end its own element early.
  style.textContent = input.css.replace(/<\/(style)/gi, '<\\/$1');
  doc.head.append(viewport, style);

  const add = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, className: string, text?: string) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    parent.append(el);
    return el;
  };
  const reader = add(doc.body, 'div', 'reader');
  reader.setAttribute('style', Object.entries(input.typeStyle).map(([name, value]) => `${name}: ${value}`).join('; '));
  const articleEl = add(add(reader, 'main', 'reader-main'), 'article', 'reader-article');
  const header = add(articleEl, 'header', 'reader-header');
  if (article.siteName) add(header, 'p', 'reader-site', article.siteName);
  add(header, 'h1', 'reader-title', article.title);
  const meta = input.meta.filter((part) => part.trim());
  if (meta.length) {
    const line = add(header, 'p', 'reader-meta');
    for (const part of meta) add(line, 'span', '', part);
  }
  const body = add(articleEl, 'div', 'reader-body');
  body.append(inertFragment(doc, input.safeHtml, htmlParserOf(page)) ?? '');
  disarm(body);
  if (/^https?:/i.test(article.url)) {
    const footer = add(articleEl, 'footer', 'reader-footer');
    const link = add(footer, 'a', '', input.originalLabel);
    link.href = article.url;
    add(footer, 'p', '', article.url);
  }
  return `<!doctype html>\n${html.outerHTML}\n`;
}
