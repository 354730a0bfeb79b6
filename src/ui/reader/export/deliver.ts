// The reader page's export glue (shell code: the clipboard, a Blob and an <a download>). The page
// loads it only when an export is chosen. Saving needs no `downloads` permission: an extension page
// may start a download from a link of its own.
import type { Article } from '../../../core/article';
import { htmlToMarkdown } from '../../../core/markdown';
import type { I18n } from '../../../shared/i18n/translator';
import type { Settings } from '../../../shared/settings';
import { formatDate, readingMinutes } from '../format';
import { typeStyle } from '../type-style';
import { articleCss } from './article-css';
import { markdownDocument, markdownFile, plainTextDocument } from './documents';
import { fileNameFor } from './file-name';
import { htmlDocument } from './html-document';
import type { ExportKind } from './useExport';

/** The reader page's window (its constructors too: Blob, URL, DOMParser). */
type PageWindow = Window & typeof globalThis;

export interface Shown {
  article: Article;
  safeHtml: string;
  settings: Settings;
  ui: I18n;
}

/** Copies `text`: the Clipboard API, else (a frame the page allows no clipboard) a copy command. */
async function copy(win: PageWindow, text: string): Promise<void> {
  try {
    await win.navigator.clipboard.writeText(text);
    return;
  } catch {
    // The view is a frame over the page, and Permissions Policy gives it no clipboard-write.
  }
  const doc = win.document;
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  doc.addEventListener('copy', put);
  try {
    if (!doc.execCommand('copy')) throw new Error('the browser refused to copy');
  } finally {
    doc.removeEventListener('copy', put);
  }
}

function save(win: PageWindow, name: string, type: string, text: string): void {
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  // The download has its bytes well before this.
  setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}

const markdownOf = (win: PageWindow, shown: Shown) => htmlToMarkdown(shown.safeHtml, new win.DOMParser());

function htmlOf(win: PageWindow, { article, safeHtml, settings, ui }: Shown): string {
  const date = formatDate(article.publishedTime, ui.lang);
  const minutes = readingMinutes(article.text, article.wordCount, article.lang);
  return htmlDocument({
    article, safeHtml, css: articleCss(Array.from(win.document.styleSheets)), theme: settings.theme, typeStyle: typeStyle(settings),
    meta: [article.byline, date, ui.plural('reader_minutes', minutes)], originalLabel: ui.t('reader_original'),
  }, win.document);
}

export async function deliver(kind: ExportKind, shown: Shown, win: PageWindow): Promise<void> {
  const { article } = shown;
  switch (kind) {
    case 'copy-text':
      return copy(win, plainTextDocument(article));
    case 'copy-markdown':
      return copy(win, markdownDocument(article, markdownOf(win, shown)));
    case 'save-markdown':
      return save(win, fileNameFor(article.title, 'md'), 'text/markdown;charset=utf-8', markdownFile(article, markdownOf(win, shown)));
    case 'save-html':
      return save(win, fileNameFor(article.title, 'html'), 'text/html;charset=utf-8', htmlOf(win, shown));
  }
}
