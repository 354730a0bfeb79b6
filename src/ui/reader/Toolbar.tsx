import { SCHEMA, type Settings } from '../../shared/settings';

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
  const size = (delta: number) => onChange({ fontSize: Math.min(SIZE.max, Math.max(SIZE.min, settings.fontSize + delta)) });
  return (
    <nav class="reader-toolbar" aria-label="Reading view controls">
      <button type="button" class="reader-close" onClick={onClose} aria-label="Close reading view" title="Close (Esc)">×</button>
      <div class="reader-tools">
        <button type="button" onClick={() => size(-SIZE.step)} aria-label="Smaller text" disabled={settings.fontSize <= SIZE.min}>A−</button>
        <button type="button" onClick={() => size(SIZE.step)} aria-label="Larger text" disabled={settings.fontSize >= SIZE.max}>A+</button>
        <select aria-label="Theme" value={settings.theme} onChange={(e) => onChange({ theme: e.currentTarget.value as Settings['theme'] })}>
          {THEME.values.map((v, i) => <option key={v} value={v}>{THEME.labels[i]}</option>)}
        </select>
        {entityPanel && (
          <button
            type="button" id={`${entityPanel.controls}-toggle`} class="entity-toggle" onClick={entityPanel.onToggle}
            aria-expanded={entityPanel.open} aria-controls={entityPanel.controls} title="People, organisations and places"
          >
            Names
          </button>
        )}
        <button type="button" class="reader-not-article" onClick={onNotArticle} title="Never open the reading view by itself on this site">
          Not an article
        </button>
      </div>
    </nav>
  );
}
