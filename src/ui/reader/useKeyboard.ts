// The reading view's shortcuts (keys.ts), on the view's document. Escape, Ctrl+P and Tab are the
// page shell's (shell-keys.ts), which has them also when the view shows a message.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { SCHEMA, type Settings } from '../../shared/settings';
import { mentionStarts } from './entities/highlight';
import { showMark } from './entities/useMentionCycle';
import { keyAction, nextMentionIndex, nextTheme, steppedSize, type KeyAction } from './keys';

export interface KeyboardOptions {
  /** Any element of the view: the keys are listened for on its document. */
  root: RefObject<HTMLElement | null>;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** The entity marks, per entity (useEntities). */
  marks: HTMLElement[][];
  helpOpen: boolean;
  onHelp: (open: boolean) => void;
  /** `r`: read aloud, start or pause. Built by the read-aloud issue; until then a no-op. */
  onReadAloud: () => void;
}

const THEMES = SCHEMA.theme.spec.kind === 'enum' ? (SCHEMA.theme.spec.values as readonly Settings['theme'][]) : [];
const SIZE = SCHEMA.fontSize.spec.kind === 'number' ? SCHEMA.fontSize.spec : { min: 12, max: 36, step: 1 };

/** Every mention's first mark, of every entity, in document order. */
function mentionsInOrder(marks: HTMLElement[][]): HTMLElement[] {
  return marks.flatMap(mentionStarts)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function goToMention(doc: Document, marks: HTMLElement[][], direction: 1 | -1): void {
  const mentions = mentionsInOrder(marks);
  const index = nextMentionIndex(mentions.length, mentions.indexOf(doc.activeElement as HTMLElement), direction);
  const mark = mentions[index];
  if (mark) showMark(mark);
}

function run(action: KeyAction, options: KeyboardOptions, doc: Document): void {
  const { settings, onChange } = options;
  switch (action) {
    case 'larger':
    case 'smaller': {
      const fontSize = steppedSize(settings.fontSize, action === 'larger' ? 1 : -1, SIZE);
      if (fontSize !== settings.fontSize) onChange({ fontSize });
      return;
    }
    case 'nextTheme': {
      const prefersDark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
      onChange({ theme: nextTheme(settings.theme, THEMES, prefersDark) });
      return;
    }
    case 'toggleEntities':
      onChange({ highlightEntities: !settings.highlightEntities });
      return;
    case 'nextMention':
    case 'previousMention':
      if (settings.highlightEntities) goToMention(doc, options.marks, action === 'nextMention' ? 1 : -1);
      return;
    case 'readAloud':
      options.onReadAloud();
      return;
    case 'help':
      options.onHelp(!options.helpOpen);
      return;
  }
}

export function useKeyboard(options: KeyboardOptions): void {
  // The listener is added once; it reads the latest settings and marks through this ref.
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const doc = latest.current.root.current?.ownerDocument;
    if (!doc) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = keyAction(event);
      // While the help is open, only `?` (and Escape, its own) act: it is a modal dialog.
      if (!action || (latest.current.helpOpen && action !== 'help')) return;
      event.preventDefault();
      run(action, latest.current, doc);
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, []);
}
