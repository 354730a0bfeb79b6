import { viewShown, type PageInfo, type TabStatus } from '../../shared/messages';
import type { SettingKey, Settings, SiteRule } from '../../shared/settings';
import { ruleFor } from '../../shared/site-rules';
import { HostAccess } from '../components/HostAccess';
import { useI18n } from '../components/i18n';
import { SettingControl } from '../components/SettingControl';
import { SiteRuleChoice } from '../components/SiteRules';

export interface PopupProps {
  status: TabStatus | null;
  settings: Settings;
  /** The tab's page: its site gets the per-site rule. Null while unknown. */
  page: PageInfo | null;
  /** Whether Sift Reader may read all http(s) pages; null while unknown. */
  hostAccess: boolean | null;
  onToggle: () => void;
  onChange: <K extends SettingKey>(name: K, value: Settings[K]) => void;
  onSiteRule: (site: string, rule: SiteRule | 'default') => void;
  onGrantAccess: () => void;
  onOpenOptions: () => void;
}

const QUICK: SettingKey[] = ['theme', 'fontFamily', 'fontSize', 'highlightEntities', 'autoMode'];

const KIND_NOTE = { news: 'popup_kindNews', article: 'popup_kindArticle', none: 'popup_kindNone' } as const;

export function Popup({ status, settings, page, hostAccess, onToggle, onChange, onSiteRule, onGrantAccess, onOpenOptions }: PopupProps) {
  const { t, note } = useI18n();
  // A view on screen, with the article or saying why there is none: the button closes it.
  const open = status ? viewShown(status) : false;
  const unavailable = status?.state === 'restricted';
  const site = page?.site ?? null;
  const needsAccess = hostAccess === false && (settings.autoMode !== 'off' || Object.values(settings.siteRules).includes('always'));
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {status?.note && <p class={`popup-status state-${status.state}`} role="status">{note(status.note)}</p>}
      {page?.kind && !status?.note && <p class="popup-kind">{t(KIND_NOTE[page.kind])}</p>}
      <button type="button" class="popup-toggle" onClick={onToggle} disabled={unavailable || status === null} aria-pressed={open}>
        {t(open ? 'popup_close' : 'popup_open')}
      </button>
      {QUICK.map((name) => (
        <SettingControl key={name} name={name} value={settings[name]} onChange={onChange} compact />
      ))}
      {site && <SiteRuleChoice site={site} rule={ruleFor(settings.siteRules, site)} onChange={(rule) => onSiteRule(site, rule)} />}
      {needsAccess && <HostAccess granted={false} onGrant={onGrantAccess} />}
      <button type="button" class="popup-options" onClick={onOpenOptions}>{t('popup_allSettings')}</button>
    </main>
  );
}
