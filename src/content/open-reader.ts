import { extractArticle, type ExtractOptions } from '../core/extract';
import type { ExtractOutcome } from '../core/article';
import type { TabStatus } from '../shared/messages';
import { extensionUrl, hasEarlyFrame, prepareOverlay, type Overlay } from './overlay';

// The article extracted for the open view; the reader page asks for it through the background.
let current: ExtractOutcome | null = null;
// Views that asked before their article was extracted: a frame started early (overlay.ts) loads
// while the extraction code is still on its way, and may ask first.
let waiting: ((outcome: ExtractOutcome) => void)[] = [];

const notOpen: ExtractOutcome = { ok: false, reason: 'error', message: 'The reading view is not open on this page.' };

export function currentArticle(): ExtractOutcome | Promise<ExtractOutcome> {
  if (current) return current;
  if (hasEarlyFrame()) return new Promise((resolve) => waiting.push(resolve));
  return notOpen;
}

function answerWaiting(outcome: ExtractOutcome): void {
  const views = waiting;
  waiting = [];
  for (const resolve of views) resolve(outcome);
}

export function openReader(
  doc: Document,
  url: string,
  onClose: () => void,
  options: ExtractOptions = {},
): { status: TabStatus; session?: { close(): void }; text?: string } {
  // The view's frame starts loading first (or is already loading, hidden, when on-demand.ts started
  // it): reader.html loads in the extension's process while the article is extracted here, instead
  // of after it. Without an article the frame goes again in the same task, unseen, and the page is
  // left as it was.
  const pending = prepareOverlay(doc, extensionUrl('reader.html'), onClose);
  let outcome: ExtractOutcome;
  try {
    outcome = extractArticle(doc, url, options);
  } catch (error) {
    pending.discard();
    answerWaiting(notOpen);
    throw error;
  }
  if (!outcome.ok) {
    pending.discard();
    answerWaiting(outcome);
    return { status: { state: outcome.reason, message: outcome.message } };
  }
  current = outcome;
  const overlay: Overlay = pending.show();
  answerWaiting(outcome);
  return {
    status: { state: 'open', message: '' },
    text: outcome.article.text,
    session: {
      close() {
        overlay.unmount();
        current = null;
      },
    },
  };
}
