import type { ReadAloudVoices } from '../../shared/settings';
import { useI18n } from './i18n';

export interface VoiceChoicesProps {
  label: string;
  voices: ReadAloudVoices;
  onChange: (voices: ReadAloudVoices) => void;
}

/**
 * The voices read aloud remembers, one per language (chosen in the reading view's read-aloud bar,
 * where the device's voices are listed); here each can be forgotten, and the language's first
 * voice is used again.
 */
export function VoiceChoices({ label, voices, onChange }: VoiceChoicesProps) {
  const ui = useI18n();
  const names = new Intl.DisplayNames([ui.lang], { type: 'language' });
  const langs = Object.keys(voices).sort();
  const forget = (lang: string) => onChange(Object.fromEntries(Object.entries(voices).filter(([key]) => key !== lang)));
  return (
    <fieldset class="setting setting-voices">
      <legend>{label}</legend>
      {langs.length === 0 && <p class="options-note">{ui.t('readAloud_noVoicesChosen')}</p>}
      <ul>
        {langs.map((lang) => (
          <li key={lang}>
            <span>{ui.t('readAloud_voiceFor', names.of(lang) ?? lang, voices[lang]!)}</span>{' '}
            <button type="button" onClick={() => forget(lang)} aria-label={ui.t('readAloud_forgetVoice', names.of(lang) ?? lang)}>
              {ui.t('readAloud_forget')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
