// The reading view's own article styles, taken from the page's style sheets as they are (so a saved
// HTML file looks like the view, and follows it when reader.css changes): the theme colours, the
// type and the article's rules. The toolbar, panels, menus, notices and highlighted names stay
// behind, and so do the bundled fonts (their files are inside the extension; the stacks fall back).

/** The parts of a CSSOM rule read here (CSSStyleRule, CSSMediaRule and others). */
export interface CssRuleLike {
  cssText: string;
  selectorText?: string;
  media?: { mediaText: string };
  cssRules?: ArrayLike<CssRuleLike>;
}

const ARTICLE = /:root|\bhtml\b|\bbody\b|\[data-theme|\.reader\b/;
const NOT_ARTICLE = /toolbar|tools|menu|panel|layer|help|toast|notice|progress|message|status|close|entity|setting|type-|button|#app/;

function keptRules(rules: ArrayLike<CssRuleLike>): string[] {
  const kept: string[] = [];
  for (const rule of Array.from(rules)) {
    if (rule.selectorText !== undefined) {
      if (ARTICLE.test(rule.selectorText) && !NOT_ARTICLE.test(rule.selectorText)) kept.push(rule.cssText);
    } else if (rule.media && rule.cssRules) {
      const inner = keptRules(rule.cssRules);
      if (inner.length) kept.push(`@media ${rule.media.mediaText} {\n${inner.join('\n')}\n}`);
    }
  }
  return kept;
}

/** The article's CSS from `sheets` (a document's styleSheets); a sheet that cannot be read is skipped. */
export function articleCss(sheets: Iterable<{ cssRules: ArrayLike<CssRuleLike> }>): string {
  const kept: string[] = [];
  for (const sheet of sheets) {
    let rules: ArrayLike<CssRuleLike>;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    kept.push(...keptRules(rules));
  }
  return kept.join('\n');
}
