// Injected on demand (scripting.executeScript) when the user asks for the reader. Kept tiny: it only
// answers the background; extraction and the overlay load by dynamic import when the reader opens.
import { listen, sendToBackground } from '../shared/messaging';
import type { TabStatus } from '../shared/messages';

type Session = { close(): void };

// No "already injected" flag: the background injects only when no live copy answers its ping
// (a copy orphaned by an extension update must not stop the new one from listening). It is an
// ES module, so these bindings stay private to this copy.
let session: Session | null = null;
let opening: Promise<TabStatus> | null = null;

const closed: TabStatus = { state: 'idle', message: '' };

const close = (): TabStatus => {
  session?.close();
  session = null;
  return closed;
};

const open = (): Promise<TabStatus> => {
  opening ??= import('./open-reader')
    .then(({ openReader }) => openReader(document, location.href, () => {
      close();
      sendToBackground('content/closed', null).catch(() => undefined);
    }))
    .then((result) => {
      if (result.session) session = result.session;
      return result.status;
    })
    .catch((error: unknown): TabStatus => ({ state: 'error', message: `Sift Reader failed to open: ${String(error)}` }))
    .finally(() => { opening = null; });
  return opening;
};

listen({
  'content/ping': () => ({ open: session !== null }),
  'content/toggle': () => (session ? close() : open()),
  'content/close': () => close(),
  'content/get-article': async () => {
    const { currentArticle } = await import('./open-reader');
    return currentArticle();
  },
});
