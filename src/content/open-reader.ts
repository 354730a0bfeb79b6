import { extractArticle, type ExtractOptions } from '../core/extract';
import type { ExtractOutcome } from '../core/article';
import type { ArticleAnswer, ArticleReceipt, TabStatus } from '../shared/messages';
import type { PageKind } from '../core/detect';
import { extensionUrl, prepareOverlay, type Overlay } from './overlay';
import { readingBudget, unreadableDocument } from './reading-limits';

const notOpen: ArticleAnswer = { ok: false, state: 'error', note: { key: 'note_notOpen' } };

/** The extraction's outcome as the view and the toolbar tell it: a failure by the name of its message. */
function answerOf(outcome: ExtractOutcome): ArticleAnswer {
  if (outcome.ok) return outcome;
  if (outcome.reason === 'no-article') return { ok: false, state: 'no-article', note: { key: 'note_noArticle' } };
  if (outcome.reason === 'too-large') return { ok: false, state: 'error', note: { key: 'note_tooLarge' } };
  return { ok: false, state: 'error', note: { key: 'note_readFailed', detail: outcome.detail ?? outcome.message } };
}

export interface OpenOptions extends ExtractOptions {
  /**
   * Set when the user asked for the view (toolbar, shortcut, popup): what the classifier calls the
   * page. A view the user asked for always opens and tells: on a page called 'none' it says so
   * before showing what extraction found, and with nothing to show it says that (the badge alone
   * was easy to miss). False or unset when the view opens by itself: a page without an article is
   * then left alone.
   */
  asked?: PageKind | false;
  /**
   * Takes the opening's article, or why there is none, once, as soon as it is known: the background
   * keeps it for the reader page (background/reader-session.ts), which may be loading already. Its
   * answer (ArticleReceipt) says whether a print of the page may show the article's images.
   */
  handOver?: (answer: ArticleAnswer) => unknown;
}

export function openReader(
  doc: Document,
  url: string,
  /**
   * The view has gone: closed from within (Escape, its close button) or taken away by the page.
   * `quiet`: it went while opening, and the opening's own answer says so; nothing more to tell.
   */
  onClose: (quiet?: boolean) => void,
  options: OpenOptions = {},
): { status: TabStatus | Promise<TabStatus>; session?: { close(): void }; text?: string } {
  // The view's frame starts loading first (or is already loading, hidden, when on-demand.ts started
  // it): reader.html loads in the extension's process while the article is extracted here, instead
  // of after it. Opening by itself and finding no article, the frame goes again in the same task,
  // unseen, and the page is left as it was.
  // A page that takes the view away the moment it is shown (a MutationObserver removing whatever is
  // added) leaves no view to say anything in: the opening then fails with a note the toolbar's badge
  // and tooltip show, and the page is left as it was. Taken away later, it is the page closing the view.
  // An SVG or XML document cannot hold the view (the raw DOMException was the tooltip): say why.
  const refused = unreadableDocument(doc);
  if (refused) return { status: { state: 'no-article', note: refused } };
  let opening = true;
  const pending = prepareOverlay(doc, extensionUrl('reader.html'), () => (opening ? end() : onClose()));
  let outcome: ExtractOutcome;
  const { handOver: _handOver, ...extractOptions } = options;
  try {
    outcome = extractArticle(doc, url, { ...readingBudget(), ...extractOptions });
  } catch (error) {
    pending.discard();
    options.handOver?.(notOpen);
    throw error;
  }
  const answer = answerOf(outcome);
  const status: TabStatus = answer.ok ? { state: 'open' } : { state: answer.state, note: answer.note };
  if (!answer.ok && !options.asked) {
    pending.discard();
    options.handOver?.(answer);
    return { status };
  }
  // From here on the view is shown, with the article or with why there is none.
  if (!answer.ok) status.view = true;
  const current: ArticleAnswer = answer.ok && options.asked === 'none' ? { ...answer, pageKind: 'none' } : answer;
  const receipt = Promise.resolve(options.handOver?.(current));
  // The article also goes to the overlay: a print of the tab from the browser's menu shows it (not
  // while the view says the page does not look like an article), with images only if the view has them.
  const images = receipt.then((r) => (r as ArticleReceipt | null | undefined)?.printImages === true, () => false);
  const overlay: Overlay = pending.show(current.ok && !current.pageKind ? { article: current.article, images } : undefined);
  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    overlay.unmount();
  }
  // The page's observers run before the next task: by then the view is either still there or gone.
  const settled = new Promise<TabStatus>((resolve) => setTimeout(() => {
    opening = false;
    // The content script forgets the session it was handed, so that the next click tries again.
    if (ended) onClose(true);
    resolve(ended ? { state: 'error', note: { key: 'note_pageRemovedView' } } : status);
  }, 0));
  return { status: settled, text: answer.ok ? answer.article.text : undefined, session: { close: end } };
}
