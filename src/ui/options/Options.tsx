import type { Repair } from '../../shared/settings';
import { GROUP_LABELS, SCHEMA, SETTING_KEYS, type Group, type SettingKey, type Settings } from '../../shared/settings';
import { HostAccess } from '../components/HostAccess';
import { useI18n } from '../components/i18n';
import { SettingControl } from '../components/SettingControl';
import { Preview } from './Preview';

export interface OptionsProps {
  settings: Settings;
  repairs: Repair[];
  /** Settings kept on this browser only: too big for a sync item. */
  spilled?: SettingKey[];
  /** Storage holds a newer version's settings (left as they are). */
  future?: boolean;
  saved: boolean;
  /** The browser's message when a change could not be stored; null when the last write went through. */
  saveError?: string | null;
  /** Whether Sift Reader may read all http(s) pages (automatic mode needs it); null while unknown. */
  hostAccess: boolean | null;
  onChange: <K extends SettingKey>(name: K, value: Settings[K]) => void;
  onReset: () => void;
  onGrantAccess: () => void;
  onRevokeAccess: () => void;
}

const GROUPS = Object.keys(GROUP_LABELS) as Group[];

export function Options({ settings, repairs, spilled = [], future = false, saved, saveError = null, hostAccess, onChange, onReset, onGrantAccess, onRevokeAccess }: OptionsProps) {
  const ui = useI18n();
  const { t } = ui;
  // A repair names a stored key, which may be one this version no longer knows: shown as it is then.
  const settingName = (key: string) => (Object.hasOwn(SCHEMA, key) ? t(SCHEMA[key as SettingKey].label) : key);
  const names = (keys: readonly string[]) => ui.list([...new Set(keys)].map(settingName));
  // "Reset" only where nothing was kept: a site-rules map with one bad entry keeps the others.
  const reset = repairs.filter((r) => !r.kept).map((r) => r.key);
  const partly = repairs.filter((r) => r.kept).map((r) => r.key);
  return (
    <main class="options">
      <h1>{t('options_heading')}</h1>
      {reset.length > 0 && <p class="options-repairs" role="status">{t('options_repaired', names(reset))}</p>}
      {partly.length > 0 && <p class="options-repairs" role="status">{t('options_repairedPartly', names(partly))}</p>}
      {spilled.length > 0 && <p class="options-repairs" role="status">{t('options_spilled', names(spilled))}</p>}
      {future && <p class="options-repairs" role="status">{t('options_futureVersion')}</p>}
      {saveError !== null && <p class="options-repairs" role="alert">{t('options_saveFailed', saveError)}</p>}
      {GROUPS.map((group) => (
        <section key={group} class="options-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(GROUP_LABELS[group])}</h2>
          {group === 'automatic' && (
            <>
              <p class="options-note">{t('options_autoNote')}</p>
              <HostAccess granted={hostAccess} onGrant={onGrantAccess} onRevoke={onRevokeAccess} />
            </>
          )}
          {SETTING_KEYS.filter((key) => SCHEMA[key].group === group).map((key) => (
            <SettingControl key={key} name={key} value={settings[key]} onChange={onChange} />
          ))}
          {group === 'appearance' && <Preview settings={settings} />}
        </section>
      ))}
      <p class="options-actions">
        <button type="button" onClick={onReset}>{t('options_restore')}</button>
        <span class="options-saved" aria-live="polite">{saved ? t('options_saved') : ''}</span>
      </p>
    </main>
  );
}
