// @vitest-environment jsdom
// The reading view's key map (src/ui/reader/keys.ts) and where Tab wraps (focus-trap.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/shared/settings';
import { SCHEMA } from '../../src/shared/settings/schema';
import { wrapTarget } from '../../src/ui/reader/focus-trap';
import {
  SHORTCUTS, isPrintKey, isTyping, keyAction, nextMentionIndex, nextTheme, steppedSize, themeLook, type KeyInput,
} from '../../src/ui/reader/keys';

const press = (key: string, more: Partial<KeyInput> = {}): KeyInput =>
  ({ key, ctrlKey: false, altKey: false, metaKey: false, target: document.body, ...more });

const element = (html: string): HTMLElement => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
};

describe('keyAction', () => {
  it.each([
    ['+', 'larger'], ['=', 'larger'], ['-', 'smaller'], ['t', 'nextTheme'], ['e', 'toggleEntities'],
    ['n', 'nextMention'], ['p', 'previousMention'], ['r', 'readAloud'], ['?', 'help'],
  ])('%s → %s', (key, action) => {
    expect(keyAction(press(key))).toBe(action);
  });

  it('takes capital letters (Shift or Caps Lock) as their letter', () => {
    expect(keyAction(press('T', { target: document.body }))).toBe('nextTheme');
    expect(keyAction(press('N'))).toBe('nextMention');
  });

  it('leaves every other key to the browser: scrolling keys, Tab, Escape, other letters', () => {
    for (const key of [' ', 'PageDown', 'PageUp', 'Home', 'End', 'ArrowDown', 'Tab', 'Escape', 'Enter', 'a', 'x', '1']) {
      expect(keyAction(press(key)), key).toBeNull();
    }
  });

  it('ignores keys held with Ctrl, Alt or Meta: those are the browser\'s and the system\'s shortcuts', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      for (const key of ['+', '-', 't', 'e', 'n', 'p', 'r', '?']) expect(keyAction(press(key, { [modifier]: true })), `${modifier} ${key}`).toBeNull();
    }
  });

  it('ignores keys typed into a text field, a select, a textarea, editable content, or while composing', () => {
    const targets = [
      element('<input type="text">'), element('<input>'), element('<input type="search">'), element('<textarea></textarea>'),
      element('<select><option>a</option></select>'),
    ];
    const editable = element('<div contenteditable="true">x</div>');
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    for (const target of [...targets, editable]) {
      for (const key of ['t', '+', '?']) expect(keyAction(press(key, { target })), `${target.outerHTML} ${key}`).toBeNull();
    }
    expect(keyAction(press('t', { isComposing: true }))).toBeNull();
  });

  it('still acts on a focused button, link, checkbox or mark', () => {
    for (const html of ['<button>b</button>', '<a href="#x">a</a>', '<input type="checkbox">', '<mark tabindex="-1">m</mark>']) {
      expect(keyAction(press('t', { target: element(html) })), html).toBe('nextTheme');
    }
    expect(isTyping(element('<input type="range">'))).toBe(false);
  });

  it('the help lists each key of the map once', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(SHORTCUTS.map((s) => s.action)).toEqual(['larger', 'smaller', 'nextTheme', 'toggleEntities', 'nextMention', 'previousMention', 'readAloud', 'help']);
  });
});

describe('isPrintKey', () => {
  it('is Ctrl+P or Cmd+P, not P alone or with Alt', () => {
    expect(isPrintKey(press('p', { ctrlKey: true }))).toBe(true);
    expect(isPrintKey(press('p', { metaKey: true }))).toBe(true);
    expect(isPrintKey(press('P', { ctrlKey: true }))).toBe(true);
    expect(isPrintKey(press('p'))).toBe(false);
    expect(isPrintKey(press('p', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPrintKey(press('o', { ctrlKey: true }))).toBe(false);
  });
});

describe('nextTheme', () => {
  const themes = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec.values : [];

  it('changes the look on every press, through every theme of the schema, in light and in dark', () => {
    for (const prefersDark of [false, true]) {
      let theme: string = DEFAULTS.theme;
      const seen = new Set<string>();
      for (let press = 0; press < themes.length * 2; press++) {
        const next = nextTheme(theme, themes, prefersDark);
        expect(themeLook(next, prefersDark), `${theme} → ${next}`).not.toBe(themeLook(theme, prefersDark));
        seen.add(themeLook(next, prefersDark));
        theme = next;
      }
      // Every look the schema offers is reached.
      expect(seen).toEqual(new Set(themes.map((t) => themeLook(t, prefersDark))));
    }
  });

  it('skips system when it resolves to the theme shown, and the other way round', () => {
    expect(nextTheme('system', ['system', 'light', 'sepia', 'dark'], false)).toBe('sepia');
    expect(nextTheme('system', ['system', 'light', 'sepia', 'dark'], true)).toBe('light');
    expect(nextTheme('dark', ['system', 'light', 'sepia', 'dark'], true)).toBe('light');
    expect(nextTheme('dark', ['system', 'light', 'sepia', 'dark'], false)).toBe('system');
    expect(nextTheme('light', ['system', 'light'], false)).toBe('light');
  });
});

describe('steppedSize', () => {
  const spec = { min: 12, max: 36, step: 1 };
  it('steps up and down within the bounds', () => {
    expect(steppedSize(20, 1, spec)).toBe(21);
    expect(steppedSize(20, -1, spec)).toBe(19);
    expect(steppedSize(36, 1, spec)).toBe(36);
    expect(steppedSize(12, -1, spec)).toBe(12);
  });
});

describe('nextMentionIndex', () => {
  it('goes on from the focused mention, wrapping; from elsewhere starts at the first or the last', () => {
    expect(nextMentionIndex(4, -1, 1)).toBe(0);
    expect(nextMentionIndex(4, -1, -1)).toBe(3);
    expect(nextMentionIndex(4, 1, 1)).toBe(2);
    expect(nextMentionIndex(4, 3, 1)).toBe(0);
    expect(nextMentionIndex(4, 0, -1)).toBe(3);
    expect(nextMentionIndex(0, -1, 1)).toBe(-1);
  });
});

describe('wrapTarget (Tab at the ends of the view)', () => {
  const view = () => {
    document.body.innerHTML = '<button id="a">a</button><p>text <mark id="m" tabindex="-1">m</mark></p><a id="b" href="#">b</a><a id="c" href="#">c</a>';
    const stops = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    return { stops, mark: document.getElementById('m')! };
  };

  it('wraps Tab from the last stop to the first, and Shift+Tab from the first to the last', () => {
    const { stops } = view();
    expect(wrapTarget(stops, stops[2]!, document, false)).toBe(stops[0]);
    expect(wrapTarget(stops, stops[0]!, document, true)).toBe(stops[2]);
  });

  it('leaves the browser its own move anywhere else', () => {
    const { stops, mark } = view();
    expect(wrapTarget(stops, stops[0]!, document, false)).toBeNull();
    expect(wrapTarget(stops, stops[1]!, document, true)).toBeNull();
    expect(wrapTarget(stops, mark, document, false)).toBeNull();
    expect(wrapTarget(stops, mark, document, true)).toBeNull();
    expect(wrapTarget(stops, document.body, document, false)).toBeNull();
  });

  it('Shift+Tab from the document itself goes to the last stop; focus outside the layer goes to its edge', () => {
    const { stops } = view();
    expect(wrapTarget(stops, document.body, document, true)).toBe(stops[2]);
    const layer = document.createElement('div');
    document.body.append(layer);
    expect(wrapTarget(stops, stops[1]!, layer, false)).toBe(stops[0]);
    expect(wrapTarget([], null, document, false)).toBeNull();
  });
});
