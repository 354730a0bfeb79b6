// The styles a saved HTML file takes from the reading view: the article's and the themes', not the
// toolbar's, panels' or fonts'.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleCss } from '../../../src/ui/reader/export/article-css';

const CSS = `
  @font-face { font-family: 'Atkinson Hyperlegible'; src: url('/assets/a.woff2'); }
  :root, [data-theme='light'] { --bg: #fbfbf8; --fg: #1d1d1b; }
  [data-theme='sepia'] { --bg: #f4ecd8; }
  html, body { margin: 0; background: var(--bg); }
  .reader-article { max-width: var(--reader-width); }
  .reader-body figcaption { color: var(--muted); }
  .reader-toolbar { position: sticky; }
  .reader-menu-list [role='menuitem'] { display: block; }
  .type-panel { position: fixed; }
  mark.entity { color: inherit; }
  .reader-export-status { position: fixed; }
  button, select, input { font: inherit; }
  @media (prefers-color-scheme: dark) { [data-theme='system'] { --bg: #1c1c1e; } .entity-panel { color: red; } }
  @media print { .reader-toolbar { display: none; } .reader-title { font-size: 1.7em; } }
  @media (forced-colors: active) { mark.entity { background: Canvas; } }`;

describe('articleCss', () => {
  const { document } = new JSDOM(`<style>${CSS}</style>`).window;
  const css = articleCss(Array.from(document.styleSheets));

  it('keeps the theme colours, the page and the article rules, in and out of media queries', () => {
    for (const kept of ['--fg: #1d1d1b', "[data-theme='sepia']", 'html, body', '.reader-article', '.reader-body figcaption', 'prefers-color-scheme: dark', '--bg: #1c1c1e', '.reader-title']) {
      expect(css).toContain(kept);
    }
    expect(css).toMatch(/@media print \{\n\.reader-title \{ font-size: 1\.7em; \}\n\}/);
  });

  it('leaves the controls, the names, the bundled fonts and empty media queries behind', () => {
    for (const dropped of ['@font-face', '.reader-toolbar', 'menuitem', '.type-panel', 'mark.entity', '.reader-export-status', 'button', '.entity-panel', 'forced-colors']) {
      expect(css).not.toContain(dropped);
    }
  });

  it('skips a sheet it may not read', () => {
    const locked = { get cssRules(): never { throw new Error('SecurityError'); } };
    expect(articleCss([locked, ...Array.from(document.styleSheets)])).toBe(css);
  });
});
