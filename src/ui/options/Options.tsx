import type { Repair } from '../../shared/settings';
import { GROUP_LABELS, SCHEMA, SETTING_KEYS, type Group, type SettingKey, type Settings } from '../../shared/settings';
import { HostAccess } from '../components/HostAccess';
import { SettingControl } from '../components/SettingControl';

export interface OptionsProps {
  settings: Settings;
  repairs: Repair[];
  saved: boolean;
  /** Whether Sift Reader may read all http(s) pages (automatic mode needs it); null while unknown. */
  hostAccess: boolean | null;
  onChange: <K extends SettingKey>(name: K, value: Settings[K]) => void;
  onReset: () => void;
  onGrantAccess: () => void;
  onRevokeAccess: () => void;
}

const GROUPS = Object.keys(GROUP_LABELS) as Group[];

export function Options({ settings, repairs, saved, hostAccess, onChange, onReset, onGrantAccess, onRevokeAccess }: OptionsProps) {
  return (
    <main class="options">
      <h1>Sift Reader options</h1>
      {repairs.length > 0 && (
        <p class="options-repairs" role="status">
          Some stored settings were not valid and were reset to their defaults: {repairs.map((r) => r.key).join(', ')}.
        </p>
      )}
      {GROUPS.map((group) => (
        <section key={group} class="options-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{GROUP_LABELS[group]}</h2>
          {group === 'automatic' && (
            <>
              <p class="options-note">
                On a news article (or any article, as you choose) the reading view opens by itself. Close it and it stays
                closed on that page. A site’s own rule wins over this: “always” opens on every article of the site, even
                with automatic mode off; “never” keeps the view from opening by itself there.
              </p>
              <HostAccess granted={hostAccess} onGrant={onGrantAccess} onRevoke={onRevokeAccess} />
            </>
          )}
          {SETTING_KEYS.filter((key) => SCHEMA[key].group === group).map((key) => (
            <SettingControl key={key} name={key} value={settings[key]} onChange={onChange} />
          ))}
        </section>
      ))}
      <p class="options-actions">
        <button type="button" onClick={onReset}>Restore defaults</button>
        <span class="options-saved" aria-live="polite">{saved ? 'Saved' : ''}</span>
      </p>
    </main>
  );
}
