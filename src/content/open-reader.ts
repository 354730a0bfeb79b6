import { extractArticle, type ExtractOptions } from '../core/extract';
import type { ExtractOutcome } from '../core/article';
import type { TabStatus } from '../shared/messages';
import browser from '../shared/browser';
import { prepareOverlay, type Overlay } from './overlay';

// The article extracted for the open view; the reader page asks for it through the background.
let current: ExtractOutcome | null = null;

export function currentArticle(): ExtractOutcome {
  return current ?? { ok: false, reason: 'error', message: 'The reading view is not open on this page.' };
}

export function openReader(
  doc: Document,
  url: string,
  onClose: () => void,
  options: ExtractOptions = {},
): { status: TabStatus; session?: { close(): void } } {
  // The view's frame starts loading first: reader.html loads in the extension's process while the
  // article is extracted here, instead of after it. Without an article the frame goes again in the
  // same task, unseen, and the page is left as it was.
  const pending = prepareOverlay(doc, browser.runtime.getURL('reader.html'), onClose);
  let outcome: ExtractOutcome;
  try {
    outcome = extractArticle(doc, url, options);
  } catch (error) {
    pending.discard();
    throw error;
  }
  if (!outcome.ok) {
    pending.discard();
    return { status: { state: outcome.reason, message: outcome.message } };
  }
  current = outcome;
  const overlay: Overlay = pending.show();
  return {
    status: { state: 'open', message: '' },
    session: {
      close() {
        overlay.unmount();
        current = null;
      },
    },
  };
}
