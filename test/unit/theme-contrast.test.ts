// Every theme's text is readable: the colour tokens are read from the CSS files themselves (the
// ones the pages load), per theme, and the WCAG 2 contrast ratio of each text colour is computed on
// each background it is drawn on. Nothing here is a hard-coded ratio of a colour pair: change a
// colour in the CSS and this test says whether it still reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/shared/settings';

const FILES = ['src/ui/styles/tokens.css', 'src/ui/reader/reader.css'];
const DARK_SCHEME = '(prefers-color-scheme: dark)';

interface Rule { selectors: string[]; media: string | null; decls: Record<string, string>; order: number }

/** The rules of a style sheet, with the @media they sit in (nested blocks other than @media are skipped). */
function parseRules(css: string, start = 0): Rule[] {
  const rules: Rule[] = [];
  const walk = (src: string, media: string | null) => {
    let i = 0;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open < 0) break;
      // Statements such as @import end with ";" before the next rule's selector.
      const prelude = src.slice(i, open).split(';').pop()!.trim();
      let depth = 1;
      let j = open + 1;
      for (; j < src.length && depth > 0; j++) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}') depth--;
      }
      const body = src.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) walk(body, prelude.slice('@media'.length).trim());
      else if (!prelude.startsWith('@')) {
        const decls: Record<string, string> = {};
        for (const part of body.split(';')) {
          const colon = part.indexOf(':');
          if (colon > 0) decls[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
        }
        rules.push({ selectors: prelude.split(',').map((s) => s.trim()), media, decls, order: start + rules.length });
      }
      i = j;
    }
  };
  walk(css.replace(/\/\*[\s\S]*?\*\//g, ''), null);
  return rules;
}

/** A theme as the page resolves it: system in a light and in a dark system scheme. */
type Resolved = { name: string; data: string; dark: boolean };
const RESOLVED: Resolved[] = THEMES.flatMap((theme): Resolved[] =>
  theme === 'system'
    ? [{ name: 'system (light)', data: theme, dark: false }, { name: 'system (dark)', data: theme, dark: true }]
    : [{ name: theme, data: theme, dark: false }, { name: `${theme} (dark system)`, data: theme, dark: true }]);

/** Whether a selector that sets custom properties applies to <html data-theme=…>; its specificity. */
function match(selector: string, data: string): number | null {
  if (selector === ':root') return 1;
  const m = /^(:root)?\[data-theme='([\w-]+)'\]$/.exec(selector);
  if (!m) return null;
  return m[2] === data ? (m[1] ? 2 : 1) : null;
}

function variables(rules: Rule[], theme: Resolved): Record<string, string> {
  const applying = rules
    .filter((r) => r.media === null || (r.media === DARK_SCHEME && theme.dark))
    .flatMap((r) => {
      const specificity = Math.max(-1, ...r.selectors.map((s) => match(s, theme.data) ?? -1));
      return specificity < 0 ? [] : [{ r, specificity }];
    })
    .sort((a, b) => a.specificity - b.specificity || a.r.order - b.r.order);
  const vars: Record<string, string> = {};
  for (const { r } of applying) {
    for (const [name, value] of Object.entries(r.decls)) if (name.startsWith('--')) vars[name] = value;
  }
  return vars;
}

function resolve(vars: Record<string, string>, name: string, seen = new Set<string>()): string {
  const value = vars[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (!ref) return value;
  if (seen.has(name)) throw new Error(`${name} refers to itself`);
  return resolve(vars, ref[1]!, new Set([...seen, name]));
}

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) throw new Error(`not a plain hex colour: ${color}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const RULES = FILES.flatMap((file, n) => parseRules(readFileSync(file, 'utf8'), n * 10_000));
const ENTITY_TYPES = ['person', 'organization', 'place'];

// [what, text token, background token]: text the pages draw, on the backgrounds it is drawn on.
const TEXT: [string, string, string][] = [
  ['body text', '--fg', '--bg'],
  ['text on panels and toolbar buttons', '--fg', '--panel'],
  ['text of a pressed toolbar button', '--fg', '--rule'],
  ['muted text (meta line, captions)', '--muted', '--bg'],
  ['muted text on panels (headings, counts)', '--muted', '--panel'],
  ['links', '--link', '--bg'],
  ['links on panels', '--link', '--panel'],
  ['a chosen option (text on the accent)', '--bg', '--accent'],
  ...ENTITY_TYPES.flatMap((type): [string, string, string][] => [
    [`text in a ${type} mark`, '--fg', `--ent-${type}-bg`],
    [`a link in a ${type} mark`, '--link', `--ent-${type}-bg`],
    [`the ${type} icon in the names panel`, `--ent-${type}-line`, '--panel'],
  ]),
];
// Parts that are not text (WCAG 1.4.11, 3:1): focus rings, the marks' underlines on their tints.
const NON_TEXT: [string, string, string][] = [
  ['focus ring', '--accent', '--bg'],
  ['focus ring on panels', '--accent', '--panel'],
  ...ENTITY_TYPES.map((type): [string, string, string] => [`${type} underline`, `--ent-${type}-line`, `--ent-${type}-bg`]),
];

describe('colour contrast in every theme, from the CSS', () => {
  it('reads every theme of the settings, and each sets its own colours', () => {
    expect(THEMES).toEqual(expect.arrayContaining(['light', 'sepia', 'dark', 'system', 'contrast']));
    const backgrounds = new Set(RESOLVED.map((theme) => resolve(variables(RULES, theme), '--bg')));
    // light, sepia, dark, contrast (system is light or dark)
    expect(backgrounds.size).toBe(4);
    expect(resolve(variables(RULES, RESOLVED.find((t) => t.name === 'system (dark)')!), '--bg'))
      .toBe(resolve(variables(RULES, RESOLVED.find((t) => t.name === 'dark')!), '--bg'));
    expect(resolve(variables(RULES, RESOLVED.find((t) => t.name === 'system (light)')!), '--bg'))
      .toBe(resolve(variables(RULES, RESOLVED.find((t) => t.name === 'light')!), '--bg'));
  });

  describe.each(RESOLVED.map((theme) => [theme.name, theme] as const))('%s', (_, theme) => {
    const vars = variables(RULES, theme);
    it.each(TEXT)('%s: at least 4.5:1', (_what, text, background) => {
      expect(contrast(resolve(vars, text), resolve(vars, background))).toBeGreaterThanOrEqual(4.5);
    });
    it.each(NON_TEXT)('%s: at least 3:1', (_what, part, background) => {
      expect(contrast(resolve(vars, part), resolve(vars, background))).toBeGreaterThanOrEqual(3);
    });
  });

  it('high contrast is black and white with yellow links and cyan accents', () => {
    const vars = variables(RULES, RESOLVED.find((t) => t.name === 'contrast')!);
    expect(contrast(resolve(vars, '--fg'), resolve(vars, '--bg'))).toBe(21);
    expect(rgb(resolve(vars, '--link'))).toEqual([255, 255, 0]);
    expect(rgb(resolve(vars, '--accent'))).toEqual([0, 255, 255]);
  });

  it('computes WCAG ratios (the formula, on black and white)', () => {
    expect(contrast('#000', '#fff')).toBe(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
  });

  it('the parser sees @media blocks, selector lists and var() references', () => {
    const rules = parseRules(`@import 'x.css';\n:root, [data-theme='a'] { --bg: #fff; --fg: var(--ink); --ink: #000 }\n@media ${DARK_SCHEME} { [data-theme='system'] { --bg: #000 } }\n@media print { :root { --bg: #f00 } }`);
    const light = variables(rules, { name: 'a', data: 'a', dark: false });
    expect([resolve(light, '--bg'), resolve(light, '--fg')]).toEqual(['#fff', '#000']);
    expect(resolve(variables(rules, { name: 's', data: 'system', dark: true }), '--bg')).toBe('#000');
  });
});
