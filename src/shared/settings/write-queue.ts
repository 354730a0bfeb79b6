// storage.sync refuses more than 120 write operations a minute (MAX_WRITE_OPERATIONS_PER_MINUTE) and a
// slider sends a value per step: writes are coalesced. The first write goes at once; the ones that follow
// within `intervalMs` merge into one trailing write (later values win), and every caller's promise settles
// with the write that carried its values, so a failed write reaches the control that asked for it.

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
}

export const REAL_TIMERS: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
};

interface Batch {
  patch: Record<string, unknown>;
  settle: { resolve(): void; reject(error: unknown): void }[];
}

export interface WriteQueue {
  enqueue(patch: Record<string, unknown>): Promise<void>;
}

export function createWriteQueue(write: (patch: Record<string, unknown>) => Promise<void>, intervalMs: number, timers: Timers = REAL_TIMERS): WriteQueue {
  let next: Batch | null = null;
  let scheduled = false;
  let busy: Promise<void> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;

  function run(): void {
    scheduled = false;
    const batch = next;
    next = null;
    if (!batch) return;
    lastStart = timers.now();
    // One write at a time: a trailing batch waits for the one in flight.
    busy = busy.then(() => write(batch.patch)).then(
      () => batch.settle.forEach((s) => s.resolve()),
      (error: unknown) => batch.settle.forEach((s) => s.reject(error)),
    );
  }

  return {
    enqueue(patch) {
      return new Promise<void>((resolve, reject) => {
        next ??= { patch: {}, settle: [] };
        Object.assign(next.patch, patch);
        next.settle.push({ resolve, reject });
        if (scheduled) return;
        scheduled = true;
        const wait = lastStart + intervalMs - timers.now();
        if (wait <= 0) queueMicrotask(run);
        else timers.setTimeout(run, wait);
      });
    },
  };
}
