import { SCHEMA, type Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';

export interface ToolbarProps {
  settings: Settings;
  onClose: () => void;
  /** "Not an article": never open by itself on this site again, and close. */
  onNotArticle: () => void;
  onChange: (patch: Partial<Settings>) => void;
  /** The entity panel's toggle; absent while highlighting is off. */
  entityPanel?: { open: boolean; controls: string; onToggle: () => void };
}

const THEME = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec : { values: [], labels: [] };
const SIZE = SCHEMA.fontSize.spec.kind === 'number' ? SCHEMA.fontSize.spec : { min: 12, max: 36, step: 1 };

export function Toolbar({ settings, onClose, onNotArticle, onChange, entityPanel }: ToolbarProps) {
  const { t } = useI18n();
  const size = (delta: number) => onChange({ fontSize: Math.min(SIZE.max, Math.max(SIZE.min, settings.fontSize + delta)) });
  return (
    <nav class="reader-toolbar" aria-label={t('reader_toolbar')}>
      <button type="button" class="reader-close" onClick={onClose} aria-label={t('reader_close')} title={t('reader_closeTitle')}>×</button>
      <div class="reader-tools">
        <button type="button" onClick={() => size(-SIZE.step)} aria-label={t('reader_smaller')} disabled={settings.fontSize <= SIZE.min}>{t('reader_smallerSymbol')}</button>
        <button type="button" onClick={() => size(SIZE.step)} aria-label={t('reader_larger')} disabled={settings.fontSize >= SIZE.max}>{t('reader_largerSymbol')}</button>
        <select aria-label={t('setting_theme')} value={settings.theme} onChange={(e) => onChange({ theme: e.currentTarget.value as Settings['theme'] })}>
          {THEME.values.map((v, i) => <option key={v} value={v}>{THEME.labels[i] ? t(THEME.labels[i]) : v}</option>)}
        </select>
        {entityPanel && (
          <button
            type="button" id={`${entityPanel.controls}-toggle`} class="entity-toggle" onClick={entityPanel.onToggle}
            aria-expanded={entityPanel.open} aria-controls={entityPanel.controls} title={t('entities_panel')}
          >
            {t('reader_names')}
          </button>
        )}
        <button type="button" class="reader-not-article" onClick={onNotArticle} title={t('reader_notArticleTitle')}>
          {t('reader_notArticle')}
        </button>
      </div>
    </nav>
  );
}
