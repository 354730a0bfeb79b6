// Test double for browser.storage: one storage area plus storage.onChanged.
type Listener = (changes: Record<string, unknown>, areaName: string) => void;

/** An in-memory storage area and onChanged event, behaving like browser.storage. */
export function fakeStorage(areaName = 'sync', initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, unknown>, name = areaName) => {
    for (const l of [...listeners]) l(changes, name);
  };
  const area = {
    async get(keys?: null | string | string[]) {
      const wanted = keys == null ? Object.keys(data) : typeof keys === 'string' ? [keys] : keys;
      return structuredClone(Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, data[k]])));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      emit(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!(k in data)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      if (Object.keys(changes).length) emit(changes);
    },
  };
  const events = {
    addListener: (cb: Listener) => void listeners.add(cb),
    removeListener: (cb: Listener) => void listeners.delete(cb),
  };
  return { data, area, events, emit, listeners };
}
