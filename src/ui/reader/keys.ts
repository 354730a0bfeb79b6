// The reading view's keyboard shortcuts: which key does what, as pure functions of the key event's
// fields, so the mapping is tested without a browser. useKeyboard.ts wires them to the view; the
// help overlay lists them from the same table.
import type { MessageKey } from '../../shared/i18n/keys';

export type KeyAction =
  | 'larger' | 'smaller' | 'nextTheme' | 'toggleEntities' | 'nextMention' | 'previousMention' | 'readAloud' | 'help';

/** The fields of a KeyboardEvent the mapping reads (a real event has them all). */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

/**
 * Each shortcut once: the keys that fire it (as KeyboardEvent.key gives them, letters in lower
 * case) and the help overlay's description. Symbols and single letters are the same in every
 * language, so they are written here; key names that are words come from the locale files.
 */
export const SHORTCUTS: readonly { action: KeyAction; keys: readonly string[]; label: MessageKey }[] = [
  { action: 'larger', keys: ['+', '='], label: 'keys_larger' },
  { action: 'smaller', keys: ['-'], label: 'keys_smaller' },
  { action: 'nextTheme', keys: ['t'], label: 'keys_nextTheme' },
  { action: 'toggleEntities', keys: ['e'], label: 'keys_toggleEntities' },
  { action: 'nextMention', keys: ['n'], label: 'keys_nextMention' },
  { action: 'previousMention', keys: ['p'], label: 'keys_previousMention' },
  { action: 'readAloud', keys: ['r'], label: 'keys_readAloud' },
  { action: 'help', keys: ['?'], label: 'keys_help' },
];

const BY_KEY = new Map(SHORTCUTS.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)));

/** Whether keys pressed at `target` are typing: text fields, selects, editable content. */
export function isTyping(target: EventTarget | null): boolean {
  // Duck-typed, not instanceof: the event may come from another frame's (or jsdom's) classes.
  const el = target as { localName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el || typeof el.localName !== 'string') return false;
  if (el.isContentEditable) return true;
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  // Buttons and boxes take no text: a shortcut pressed on a checkbox still works.
  return el.localName === 'input' && !/^(button|checkbox|radio|range|reset|submit|image|color|file)$/.test(el.type ?? '');
}

/**
 * The view's action for a key press, or null: none while typing, while an input method composes,
 * or with Ctrl, Alt or Meta held (those keys are the browser's and the system's own shortcuts).
 * Shift is allowed: `+` and `?` need it on many layouts, and Caps Lock makes `T` of `t`.
 */
export function keyAction(event: KeyInput): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  if (isTyping(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return BY_KEY.get(key) ?? null;
}

/** Ctrl+P (Cmd+P on a Mac): print, which the view turns into printing the article alone. */
export function isPrintKey(event: KeyInput): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
}

/** The look a theme gives: 'system' looks like light or dark, as the system prefers. */
export function themeLook(theme: string, prefersDark: boolean): string {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

/**
 * The theme after `current` in `themes` (the settings schema's order, wrapping) that looks
 * different from it: `t` must change the look on every press, so 'system' is skipped when it
 * resolves to the theme shown now, and the other way round.
 */
export function nextTheme<T extends string>(current: T, themes: readonly T[], prefersDark: boolean): T {
  const start = themes.indexOf(current);
  const look = themeLook(current, prefersDark);
  for (let step = 1; step <= themes.length; step++) {
    const candidate = themes[(start + step + themes.length) % themes.length]!;
    if (themeLook(candidate, prefersDark) !== look) return candidate;
  }
  return current;
}

/** The font size one step larger (+1) or smaller (-1), kept within the setting's bounds. */
export function steppedSize(size: number, direction: 1 | -1, spec: { min: number; max: number; step: number }): number {
  return Math.min(spec.max, Math.max(spec.min, size + direction * spec.step));
}

/**
 * The mention to go to next, of `count` in document order: the one after (or before) the mention
 * that has focus, wrapping around; from elsewhere, the first (or the last).
 */
export function nextMentionIndex(count: number, focused: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (focused < 0) return direction === 1 ? 0 : count - 1;
  return (focused + direction + count) % count;
}
