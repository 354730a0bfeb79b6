import type { Repair } from '../../shared/settings';
import { GROUP_LABELS, SCHEMA, SETTING_KEYS, type Group, type SettingKey, type Settings } from '../../shared/settings';
import { SettingControl } from '../components/SettingControl';

export interface OptionsProps {
  settings: Settings;
  repairs: Repair[];
  saved: boolean;
  onChange: <K extends SettingKey>(name: K, value: Settings[K]) => void;
  onReset: () => void;
}

const GROUPS = Object.keys(GROUP_LABELS) as Group[];

export function Options({ settings, repairs, saved, onChange, onReset }: OptionsProps) {
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
          {SETTING_KEYS.filter((key) => SCHEMA[key].group === group).map((key) => (
            <SettingControl key={key} name={key} value={settings[key]} onChange={onChange} />
          ))}
          {group === 'automatic' && (
            <p class="options-note">Automatic reader mode is stored now; it starts opening articles in a coming version.</p>
          )}
        </section>
      ))}
      <p class="options-actions">
        <button type="button" onClick={onReset}>Restore defaults</button>
        <span class="options-saved" aria-live="polite">{saved ? 'Saved' : ''}</span>
      </p>
    </main>
  );
}
