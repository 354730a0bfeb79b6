// Messaging for the always-injected content script: the same protocol and sender checks as
// messaging.ts, on the bare runtime API instead of webextension-polyfill, which alone would take
// most of that script's 4 KB budget. Chrome (MV3) and Firefox both return promises from
// runtime.sendMessage; replies go through sendResponse, which both support.
import type { Envelope, MessageName, Protocol, RequestOf, ResponseOf, TabStatus } from './messages';
import { extensionApi } from './extension-api';
import { senderRole, type SenderInfo } from './sender-role';

type Listener = (message: unknown, sender: SenderInfo, reply: (response: unknown) => void) => boolean | undefined;

interface BareRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: Listener): void;
    removeListener(cb: Listener): void;
  };
}

const runtime = () => extensionApi<{ runtime: BareRuntime }>().runtime;

// The handlers can only be for messages the protocol lets the background send, so the sender check
// needs no table here (messages.ts's ALLOWED_SENDER stays out of this script).
type BackgroundMessage = { [K in MessageName]: Protocol[K]['from'] extends 'background' ? K : never }[MessageName];
export type ContentHandlers = {
  [K in BackgroundMessage]?: (payload: RequestOf<K>) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * False once this script is orphaned: after an extension update or reload the old copy's runtime loses
 * its id (Chrome), and every call to it throws "Extension context invalidated".
 */
export const contextAlive = (): boolean => runtime()?.id !== undefined;

/** The status of an open that failed: the toolbar shows it, with the error's text. */
export const openFailed = (error: unknown): TabStatus => ({ state: 'error', note: { key: 'note_openFailed', detail: String(error) } });

/**
 * A promise even when the call throws: an orphaned copy's sendMessage throws "Extension context
 * invalidated" at once, and the caller's catch is where it learns that it is orphaned.
 */
export async function sendFromContent<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return runtime().sendMessage({ type, payload }) as Promise<ResponseOf<K>>;
}

/** Answers the background's messages in `handlers` until `life` is aborted; every other sender is ignored. */
export function listenInContent(handlers: ContentHandlers, life: AbortSignal): void {
  const rt = runtime();
  const origin = rt.getURL('/');
  const listener: Listener = (message, sender, reply) => {
    const { type, payload } = (message ?? {}) as Partial<Envelope>;
    // Own keys only (never "constructor" or "toString"). `type` came through JSON; whatever it is,
    // only the background's message runs a handler.
    const handler = Object.hasOwn(handlers, type!) ? (handlers[type as BackgroundMessage] as (p: unknown) => unknown) : undefined;
    if (!handler || senderRole(sender, rt.id, origin) !== 'background') return undefined;
    // A handler that throws is answered as one that rejects.
    (async () => handler(payload))()
      .then(reply, (error: unknown) => reply(openFailed(error)));
    return true;
  };
  rt.onMessage.addListener(listener);
  life.addEventListener('abort', () => rt.onMessage.removeListener(listener));
}
