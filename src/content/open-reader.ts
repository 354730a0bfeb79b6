import { extractArticle, type ExtractOptions } from '../core/extract';
import type { ExtractOutcome } from '../core/article';
import type { TabStatus } from '../shared/messages';
import browser from '../shared/browser';
import { mountOverlay, type Overlay } from './overlay';

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
  const outcome = extractArticle(doc, url, options);
  if (!outcome.ok) return { status: { state: outcome.reason, message: outcome.message } };
  current = outcome;
  const overlay: Overlay = mountOverlay(doc, browser.runtime.getURL('reader.html'), onClose);
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
