import browser, { type Runtime } from './browser';
import {
  ALLOWED_SENDER, isEnvelope, senderRole, type Envelope, type MessageName, type RequestOf, type ResponseOf,
} from './messages';

export type Handlers = {
  [K in MessageName]?: (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

const envelope = <K extends MessageName>(type: K, payload: RequestOf<K>): Envelope<K> => ({ type, payload });

/** To the background (from the reader, popup or options page). */
export function sendToBackground<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(envelope(type, payload)) as Promise<ResponseOf<K>>;
}

/** From the background to the top frame of a tab's content script. */
export function sendToTab<K extends MessageName>(tabId: number, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }) as Promise<ResponseOf<K>>;
}

/**
 * Answers the messages in `handlers`, each only from the one sender role the protocol allows;
 * anything else is left unanswered (and a wrong sender is logged). Returns the unsubscribe.
 */
export function listen(handlers: Handlers): () => void {
  const ownId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const role = senderRole(sender, ownId, origin);
    if (role !== ALLOWED_SENDER[message.type]) {
      console.warn(`Sift Reader: ignored ${message.type} from a ${role} sender`);
      return undefined;
    }
    return Promise.resolve().then(() => handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
