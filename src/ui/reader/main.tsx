// The reader page's shell: wires storage and messaging (through shared/) to the pure view.
import { render } from 'preact';
import { sanitizeArticleHtml } from '../../core/sanitize';
import type { Article } from '../../core/article';
// Not used here directly: importing it lets this page fetch the polyfill's chunk together with its
// other chunks, instead of only after a chunk that imports it has been fetched and parsed (one
// round trip less before the view can ask for its article).
import '../../shared/browser';
import { localizePage } from '../../shared/i18n';
import { sendToBackground } from '../../shared/messaging';
import type { ArticleAnswer } from '../../shared/messages';
import { DEFAULTS, type Settings } from '../../shared/settings';
import { settingsStore } from '../../shared/settings/sync';
import { I18nContext } from '../components/i18n';
import { Message } from './Message';
import { NotArticleNotice } from './NotArticleNotice';
import { Toast } from './Toast';
import type { Recognize } from './entities/useEntities';
import type { ExportArticle } from './export/useExport';
import { ReaderView } from './ReaderView';
import { loadDateFormatData } from './format';
import { listenForShellKeys, takeFocus } from './shell-keys';
import { parsingWindowFor } from './inert-window';
import './reader.css';

const root = document.getElementById('app')!;
// The interface's language on <html>; the article's own language and direction go on its element.
const ui = localizePage(document);
let settings: Settings = { ...DEFAULTS };
type ArticleShown = { article: Article; safeHtml: string; safeRemoved: (string | undefined)[] };
// `notice`: the user opened the view on a page the classifier calls "none"; the article waits for "Show anyway".
let shown: ArticleShown | { notice: ArticleShown } | { message: string } = { message: ui.t('reader_loading') };
// The Undo toast's text while a "Not an article" waits to be saved.
let toast: string | undefined;

const close = () => {
  // The voice stops with the view (the frame goes away, its speech need not: stop it first).
  window.speechSynthesis?.cancel();
  sendToBackground('reader/close', null).catch(() => undefined);
};
// "Not an article" asks nothing: the background holds the never rule for its undo time, then saves
// it and closes this view (background/pending-rule.ts); until then the toast offers Undo.
const notArticle = () => {
  sendToBackground('reader/not-article', null)
    .then(({ site }) => {
      toast = site ? ui.t('reader_notArticleUndo', site) : undefined;
      paint();
    })
    .catch(() => undefined);
};
const undoNotArticle = () => {
  toast = undefined;
  paint();
  sendToBackground('reader/undo-not-article', null).catch(() => undefined);
};
const showAnyway = () => {
  if ('notice' in shown) shown = shown.notice;
  paint();
};
// Saves still on their way: while there are any, the store's change events are echoes of earlier
// ones and would undo the changes made since (three quick presses of `-` ended one step short).
let saving = 0;
const change = (patch: Partial<Settings>) => {
  // Shown at once (a slider dragged through the Aa panel follows the pointer), then saved; once the
  // last save is done, the store's settings are shown (they include changes from other pages).
  settings = { ...settings, ...patch };
  paint();
  saving += 1;
  settingsStore.save(patch)
    .then((saved) => {
      if (saving > 1) return;
      settings = saved;
      paint();
    })
    .catch((error: unknown) => console.warn('Sift Reader: setting not saved', error))
    .finally(() => { saving -= 1; });
};

// The recognizer and its data load only when a reading view asks for entities: a separate chunk,
// fetched inside this extension frame, never part of the content script.
const recognize: Recognize = async (root, options) => (await import('../../core/entities')).entitiesOfArticle(root, options);

// Copy and save (the ⋯ menu): their code (the Markdown converter, the file builders) loads at the first use.
const exportArticle: ExportArticle = async (kind) => {
  if (!('article' in shown)) return;
  const { deliver } = await import('./export/deliver');
  await deliver(kind, { article: shown.article, safeHtml: shown.safeHtml, settings, ui }, window);
};

function paint() {
  document.documentElement.dataset.theme = settings.theme;
  render(
    <I18nContext.Provider value={ui}>
      {'message' in shown && <Message text={shown.message} onClose={close} />}
      {'notice' in shown && <NotArticleNotice onShowAnyway={showAnyway} onClose={close} />}
      {'article' in shown && <ReaderView {...shown} settings={settings} onClose={close} onNotArticle={notArticle} onPrint={() => window.print()} onChange={change} recognize={recognize} speech={window} onExport={exportArticle} />}
      <Toast text={toast} actionLabel={ui.t('reader_undo')} onAction={undoNotArticle} />
    </I18nContext.Provider>,
    root,
  );
}

// Escape, Ctrl+P and Tab (shell-keys.ts); the article's own shortcuts are ReaderView's.
listenForShellKeys(document, { close, print: () => window.print() });

settingsStore.subscribe((next) => {
  if (saving > 0) return;
  settings = next;
  paint();
});

const LOADING_MESSAGE_DELAY_MS = 300;

// With images off, the article's pictures are not even fetched until the user turns them on.
const sanitize = (html: string) => sanitizeArticleHtml(html, parsingWindowFor(html, window), { lazyImages: !settings.showImages });

async function start() {
  // The User Timing marks stay in this frame (no one is told); performance tools such as bench:open read them.
  performance.mark('sift-reader:ask');
  const answers = Promise.all([
    settingsStore.load(),
    sendToBackground('reader/get-article', null).catch((error: unknown): ArticleAnswer => ({ ok: false, state: 'error', note: { key: 'reader_failed', detail: String(error) } })),
  ]);
  // "Loading…" only when the answer is slow to come: drawn at once, it was a frame of its own that
  // the article's frame then queued behind (the view painted its article sooner without it), and
  // it flashed for a few milliseconds on most pages.
  const loading = setTimeout(paint, LOADING_MESSAGE_DELAY_MS);
  loadDateFormatData();
  const [loaded, outcome] = await answers;
  clearTimeout(loading);
  performance.mark('sift-reader:answer');
  settings = loaded.settings;
  if (outcome.ok) {
    document.title = ui.t('reader_pageTitle', outcome.article.title);
    const article = {
      article: outcome.article,
      // Parsed by a detached window when the markup has handlers (inert-window.ts: no CSP errors).
      safeHtml: sanitize(outcome.article.html),
      // Removed blocks that can go back in place are sanitized like the article.
      safeRemoved: outcome.article.removed.map((r) => (r.html === undefined ? undefined : sanitize(r.html))),
    };
    shown = outcome.pageKind === 'none' ? { notice: article } : article;
  } else {
    shown = { message: ui.note(outcome.note) };
  }
  paint();
  performance.mark('sift-reader:render');
  takeFocus(window);
}

start().catch((error: unknown) => {
  shown = { message: ui.t('reader_failed', String(error)) };
  paint();
});
