// Recognition and highlighting for the reading view. The recognizer arrives as a prop (main.tsx
// loads it by dynamic import), so this hook stays free of browser extension APIs.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { textBlocks } from '../../../core/entities/blocks';
import type { EntityResult, RecognizeOptions } from '../../../core/entities/types';
import { clearHighlights, highlightMentions, type HighlightFilter } from './highlight';

export type Recognize = (root: Element, options: RecognizeOptions) => Promise<EntityResult>;

export type EntityStatus = 'off' | 'loading' | 'ready' | 'unsupported' | 'error';

export interface EntityState {
  status: EntityStatus;
  result: EntityResult | null;
  /** The marks of each entity index, in document order (empty until highlighted). */
  marks: HTMLElement[][];
}

export interface UseEntitiesOptions {
  body: RefObject<HTMLElement | null>;
  /** Changes when the article body is replaced. */
  html: string;
  on: boolean;
  supported: boolean;
  recognize: Recognize;
  options: RecognizeOptions;
  filter: HighlightFilter;
}

// After the article is on screen and the browser is idle, so the text shows first. Idle alone is
// too early: the main thread goes idle once the frame is committed, while its raster and
// presentation still need the CPU that parsing the recognizer's chunk would take. Two animation
// frames later the first one has been drawn. (No animation frames in a hidden tab: it waits.)
function afterPaint(run: () => void): () => void {
  let cancel = () => undefined as void;
  const later = (next: () => void) => {
    if (typeof requestAnimationFrame !== 'function') {
      const id = setTimeout(next, 0);
      cancel = () => clearTimeout(id);
      return;
    }
    const id = requestAnimationFrame(next);
    cancel = () => cancelAnimationFrame(id);
  };
  const idle = () => {
    if (typeof requestIdleCallback !== 'function') return later(run);
    const id = requestIdleCallback(run, { timeout: 500 });
    cancel = () => cancelIdleCallback(id);
  };
  later(() => later(idle));
  return () => cancel();
}

export function useEntities({ body, html, on, supported, recognize, options, filter }: UseEntitiesOptions): EntityState {
  // `html` records which article body a result belongs to: offsets mean nothing in another one.
  const [found, setFound] = useState<{ status: EntityStatus; result: EntityResult | null; html: string }>({ status: 'off', result: null, html });
  const [marks, setMarks] = useState<HTMLElement[][]>([]);
  const { lang, title, siteName, keyCount } = options;

  useEffect(() => {
    if (!on) return setFound({ status: 'off', result: null, html });
    if (!supported) return setFound({ status: 'unsupported', result: null, html });
    let live = true;
    // While a new key count is worked out, the old marks stay: they belong to the same body.
    setFound((prev) => (prev.result && prev.html === html ? prev : { status: 'loading', result: null, html }));
    const cancel = afterPaint(() => {
      const root = body.current;
      if (!root) return;
      recognize(root, { lang, title, siteName, keyCount }).then(
        (result) => { if (live) setFound({ status: 'ready', result, html }); },
        (error: unknown) => {
          console.warn('Sift Reader: entities not recognised', error);
          if (live) setFound({ status: 'error', result: null, html });
        },
      );
    });
    return () => { live = false; cancel(); };
  }, [html, on, supported, recognize, lang, title, siteName, keyCount]);

  const result = found.html === html ? found.result : null;
  const types = [...filter.types].sort().join(',');
  // Layout effect: marks change before the browser paints, so the text never flickers unmarked.
  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return undefined;
    clearHighlights(root);
    if (!on || !result) {
      setMarks([]);
      return undefined;
    }
    // Fresh blocks every time: clearing merges text nodes, so any older blocks are stale.
    setMarks(highlightMentions(textBlocks(root), result.mentions, result.entities, filter));
    return () => clearHighlights(root);
  }, [html, on, result, types, filter.keyOnly]);

  return { status: found.status, result, marks };
}
