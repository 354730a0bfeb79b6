import { SCHEMA, type ReadAloudVoices, type SettingKey, type Settings, type SiteRules } from '../../shared/settings';
import { useI18n } from './i18n';
import { SiteRulesList } from './SiteRules';
import { VoiceChoices } from './VoiceChoices';

export interface SettingControlProps<K extends SettingKey> {
  name: K;
  value: Settings[K];
  onChange: (name: K, value: Settings[K]) => void;
  compact?: boolean;
}

// Choices that show what they choose: each typeface in itself (fonts.css, on the pages that load the
// faces), each theme with a swatch of its background and text colours (controls.css).
const SHOWN_AS: Partial<Record<SettingKey, (option: string) => Record<string, string>>> = {
  fontFamily: (option) => ({ 'data-font': option }),
};

/** One setting's control, built from its schema: a choice, a slider, a switch or the list of site rules. */
export function SettingControl<K extends SettingKey>({ name, value, onChange, compact }: SettingControlProps<K>) {
  const ui = useI18n();
  const { spec } = SCHEMA[name];
  const label = ui.t(SCHEMA[name].label);
  const id = `setting-${name}`;
  const set = (v: unknown) => onChange(name, v as Settings[K]);
  if (spec.kind === 'boolean') {
    return (
      <label class="setting setting-boolean" for={id}>
        <input id={id} name={name} type="checkbox" checked={value as boolean} onChange={(e) => set(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
    );
  }
  if (spec.kind === 'number') {
    return (
      <div class="setting setting-number">
        <label for={id}>{label}</label>
        <input
          id={id} name={name} type="range" min={spec.min} max={spec.max} step={spec.step} value={value as number}
          onInput={(e) => set(Number(e.currentTarget.value))}
        />
        <output for={id}>{ui.number(value as number)}{spec.unit ?? ''}</output>
      </div>
    );
  }
  if (spec.kind === 'siteRules') {
    return <SiteRulesList label={label} rules={value as SiteRules} max={spec.max} onChange={set} />;
  }
  if (spec.kind === 'voiceMap') return <VoiceChoices label={label} voices={value as ReadAloudVoices} onChange={set} />;
  return (
    <fieldset class={`setting setting-enum${compact ? ' compact' : ''}`} data-setting={name}>
      <legend>{label}</legend>
      {spec.values.map((option, i) => (
        <label key={option} class="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => set(option)} />
          <span {...SHOWN_AS[name]?.(option)}>
            {name === 'theme' && <span class="theme-swatch" data-theme={option} aria-hidden="true" />}
            {spec.labels[i] ? ui.t(spec.labels[i]) : option}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
