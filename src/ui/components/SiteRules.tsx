import { useState } from 'preact/hooks';
import type { SiteRule, SiteRules } from '../../shared/settings';
import type { MessageKey } from '../../shared/i18n/keys';
import { isSiteKey, siteOf, withRule } from '../../shared/site-rules';
import { useI18n } from './i18n';

const RULE_LABELS: Record<SiteRule | 'default', MessageKey> = {
  default: 'siteRule_default',
  always: 'siteRule_always',
  never: 'siteRule_never',
};
const CHOICES = ['default', 'always', 'never'] as const;

/** A site typed by the user: a host name or a whole address. */
function siteFromInput(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (!value) return null;
  const asUrl = siteOf(/^[a-z]+:\/\//.test(value) ? value : `https://${value}`);
  return asUrl && isSiteKey(asUrl) ? asUrl : null;
}

export interface SiteRuleChoiceProps {
  site: string;
  rule: SiteRule | 'default';
  onChange: (rule: SiteRule | 'default') => void;
}

/** The three-way rule for one site (the popup shows it for the current tab's site). */
export function SiteRuleChoice({ site, rule, onChange }: SiteRuleChoiceProps) {
  const { t } = useI18n();
  return (
    <fieldset class="setting setting-enum compact site-rule">
      <legend>{t('siteRule_on', site)}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} class="choice">
          <input type="radio" name={`site-rule-${site}`} value={choice} checked={rule === choice} onChange={() => onChange(choice)} />
          <span>{t(RULE_LABELS[choice])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export interface SiteRulesListProps {
  label: string;
  rules: SiteRules;
  max: number;
  onChange: (rules: SiteRules) => void;
}

/** Every site rule, each with its choice, and a form to add one (the options page). */
export function SiteRulesList({ label, rules, max, onChange }: SiteRulesListProps) {
  const ui = useI18n();
  const { t } = ui;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const sites = Object.keys(rules);
  const add = (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (!site) return setError(t('siteRules_invalid', draft.trim()));
    if (!(site in rules) && sites.length >= max) return setError(ui.plural('siteRules_tooMany', max));
    setError('');
    setDraft('');
    onChange(withRule(rules, site, 'always'));
  };
  return (
    <section class="setting site-rules" aria-label={label}>
      <h3>{label}</h3>
      {sites.length === 0 && <p class="site-rules-empty">{t('siteRules_empty')}</p>}
      <ul>
        {sites.map((site) => (
          <li key={site}>
            <SiteRuleChoice site={site} rule={rules[site]!} onChange={(rule) => onChange(withRule(rules, site, rule))} />
          </li>
        ))}
      </ul>
      <form class="site-rules-add" onSubmit={add}>
        <label for="site-rules-new">{t('siteRules_add')}</label>
        <input id="site-rules-new" type="text" placeholder={t('siteRules_placeholder')} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('siteRules_addButton')}</button>
      </form>
      {error && <p class="site-rules-error" role="alert">{error}</p>}
    </section>
  );
}
