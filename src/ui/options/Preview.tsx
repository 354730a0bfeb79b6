import type { Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';
import { typeStyle } from '../reader/type-style';

/**
 * A short sample in the chosen typeface, size, spacing, alignment and theme, drawn with the reading
 * view's own variables (type-style.ts) and the theme's colours (its [data-theme], tokens.css).
 */
export function Preview({ settings }: { settings: Settings }) {
  const ui = useI18n();
  return (
    <figure class="options-preview" aria-labelledby="options-preview-label">
      <figcaption id="options-preview-label">{ui.t('options_preview')}</figcaption>
      <div class="options-preview-page" data-theme={settings.theme} style={typeStyle(settings)} lang={ui.lang} dir={ui.dir}>
        <div class="options-preview-text">
          <p class="options-preview-meta">{ui.plural('reader_minutes', 3)}</p>
          <p>{ui.t('options_previewText')}</p>
          <p class="options-preview-link">{ui.t('reader_original')}</p>
        </div>
      </div>
    </figure>
  );
}
