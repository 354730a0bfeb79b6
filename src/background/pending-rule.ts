// "Not an article" asks nothing: it shows an Undo for a while (UNDO_MS) and acts only after that.
// Why the background holds the pending rule, not the view: the view can be gone at any moment (the
// user closes it, the tab navigates or closes), and a view's frame cannot send anything reliably as it
// goes. Here, whatever ends the view first settles the rule: the time running out saves it and
// closes the view; the user closing the view, navigating or closing the tab saves it at once (they
// let it stand); only Undo drops it. The view meanwhile stays open and shows the toast, so Undo is
// right where the user clicked. Ten seconds is far below the idle time after which the browser stops
// a service worker (30 s), so the timer is not lost in between; if it were, nothing would be saved,
// which is the safe way to fail.

/** How long the Undo is offered before the rule is saved (the product's value; tests pass their own). */
export const UNDO_MS = 10_000;

export interface PendingAction {
  /** Makes it happen (saves the rule). */
  commit: () => Promise<unknown>;
  /** After the commit, when the time ran out while the view was still open (closes it). */
  expire: () => Promise<unknown>;
}

export interface PendingActions {
  /** Starts the undo time of an action in a tab; one already pending there is settled first. */
  start(tabId: number, action: PendingAction): Promise<void>;
  /** Undo: the action is dropped unsaved. False when there was none (it had already been settled). */
  undo(tabId: number): boolean;
  /** The view went another way (closed, navigated, its tab closed): the action is committed now. */
  settle(tabId: number): Promise<void>;
}

/** Per-tab actions that wait `delayMs` for an Undo before they happen. */
export function createPendingActions(delayMs: number): PendingActions {
  const waiting = new Map<number, { action: PendingAction; timer: ReturnType<typeof setTimeout> }>();

  // Taken out of the map before anything is awaited: each action commits once, whichever way comes first.
  const take = (tabId: number) => {
    const entry = waiting.get(tabId);
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    waiting.delete(tabId);
    return entry.action;
  };

  const settle = async (tabId: number) => {
    await take(tabId)?.commit();
  };

  return {
    async start(tabId, action) {
      await settle(tabId);
      const timer = setTimeout(() => {
        const due = take(tabId);
        if (due) void due.commit().then(due.expire).catch((error: unknown) => console.warn('Sift Reader:', error));
      }, delayMs);
      waiting.set(tabId, { action, timer });
    },
    undo: (tabId) => take(tabId) !== undefined,
    settle,
  };
}

/** The never rules "Not an article" has asked for and not yet saved, per tab. */
export const pendingNeverRules = createPendingActions(UNDO_MS);
