// Sites, their rules and the automatic-open decision: pure, shared by the background (which
// decides), the popup and options pages (which edit rules) and the settings validation.
import type { PageKind } from '../core/detect';
import type { AutoMode, SiteRule, SiteRules } from './settings/defaults';

export type { PageKind };

// A host name as URL.hostname gives it (lower case, punycode) or an IPv4 address; bracketed IPv6 too.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;

export function isSiteKey(value: string): boolean {
  return value.length > 0 && value.length <= 253 && HOST.test(value) && !value.startsWith('www.');
}

/**
 * The site a rule is kept under: the host name without a leading "www.", so one rule covers
 * example.com and www.example.com. Null for anything that is not an http(s) page.
 */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.$/, '');
  return isSiteKey(host) ? host : null;
}

/** The page a "closed here, keep it closed" memory is kept under: no fragment, no trailing slash noise. */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

export function ruleFor(rules: SiteRules, site: string | null): SiteRule | 'default' {
  return site !== null && Object.hasOwn(rules, site) ? rules[site]! : 'default';
}

/** A copy of `rules` with `site` set to `rule` ('default' removes it), sorted by site for stable storage. */
export function withRule(rules: SiteRules, site: string, rule: SiteRule | 'default'): SiteRules {
  const next: Record<string, SiteRule> = { ...rules };
  if (rule === 'default') delete next[site];
  else next[site] = rule;
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

export interface AutoOpenInput {
  autoMode: AutoMode;
  rule: SiteRule | 'default';
  kind: PageKind;
  /** The user closed an automatically opened view on this very page. */
  dismissed: boolean;
}

/**
 * Whether the view opens by itself. A "never" rule and a dismissal always win; "always" opens on
 * any article of the site even with automatic mode off; otherwise the mode decides. A page the
 * classifier calls no article never opens by itself, whatever the rule: metadata alone never decides.
 */
export function shouldAutoOpen({ autoMode, rule, kind, dismissed }: AutoOpenInput): boolean {
  if (kind === 'none' || rule === 'never' || dismissed) return false;
  if (rule === 'always') return true;
  if (autoMode === 'all') return true;
  return autoMode === 'news' && kind === 'news';
}
