// The reading view's shortcuts (keys.ts), on the view's document. Escape, Ctrl+P and Tab are the
// page shell's (shell-keys.ts), which has them also when the view shows a message.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/keys';
import type { I18n } from '../../shared/i18n/translator';
import { SCHEMA, type Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';
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

const THEME: { values: readonly string[]; labels: readonly MessageKey[] } = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec : { values: [], labels: [] };
const THEMES = THEME.values as readonly Settings['theme'][];
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

/** The name of a theme in the interface's language, as the settings show it. */
function themeName(ui: I18n, theme: string): string {
  const label = THEME.labels[THEME.values.indexOf(theme)];
  return label ? ui.t(label) : theme;
}

/**
 * Runs a shortcut; `say` is told what changed, for a screen reader (the change is seen, not heard:
 * the toolbar's controls that show it do not have focus).
 */
function run(action: KeyAction, options: KeyboardOptions, doc: Document, ui: I18n, say: (text: string) => void): void {
  const { settings, onChange } = options;
  switch (action) {
    case 'larger':
    case 'smaller': {
      const fontSize = steppedSize(settings.fontSize, action === 'larger' ? 1 : -1, SIZE);
      if (fontSize !== settings.fontSize) onChange({ fontSize });
      say(ui.t('keys_saidSize', ui.number(fontSize)));
      return;
    }
    case 'nextTheme': {
      const prefersDark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
      const theme = nextTheme(settings.theme, THEMES, prefersDark);
      onChange({ theme });
      say(ui.t('keys_saidTheme', themeName(ui, theme)));
      return;
    }
    case 'toggleEntities':
      onChange({ highlightEntities: !settings.highlightEntities });
      say(ui.t(settings.highlightEntities ? 'keys_saidHighlightOff' : 'keys_saidHighlightOn'));
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

/** Listens for the shortcuts; returns what the last one changed, for a live region to say. */
export function useKeyboard(options: KeyboardOptions): string {
  const ui = useI18n();
  const [said, setSaid] = useState('');
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
      run(action, latest.current, doc, ui, setSaid);
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, []);
  return said;
}
