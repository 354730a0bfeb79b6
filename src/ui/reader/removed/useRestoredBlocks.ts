import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Removal } from '../../../core/article';
import { hideRemoved, showRemoved } from './restore';

export interface RestoredBlocks {
  shown: ReadonlySet<number>;
  toggle: (index: number) => void;
  showAll: () => void;
  hideAll: () => void;
}

/**
 * Which removed blocks are shown again, kept in step with the rendered body. `safeRemoved[i]` is
 * removal i's HTML after core/sanitize (undefined: it cannot be put back).
 */
export function useRestoredBlocks(body: RefObject<HTMLElement | null>, removed: Removal[], safeRemoved: (string | undefined)[], safeHtml: string): RestoredBlocks {
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const restorable = removed.flatMap((removal, index) => (removal.at !== undefined && safeRemoved[index] !== undefined ? [index] : []));
  // A new article starts with nothing put back.
  useEffect(() => setShown(new Set()), [safeHtml]);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    for (const index of restorable) {
      if (shown.has(index)) showRemoved(el, index, removed[index]!.at!, safeRemoved[index]!);
      else hideRemoved(el, index);
    }
  }, [shown, safeHtml]);
  const toggle = (index: number) => {
    const next = new Set(shown);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setShown(next);
  };
  return { shown, toggle, showAll: () => setShown(new Set(restorable)), hideAll: () => setShown(new Set()) };
}
