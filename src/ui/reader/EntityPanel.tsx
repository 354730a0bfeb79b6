import type { EntityType } from '../../core/entities/types';
import type { MessageKey } from '../../shared/i18n/keys';
import { useI18n } from '../components/i18n';
import type { EntityStatus } from './entities/useEntities';
import type { PanelGroup } from './entities/panel-groups';
import { closeOnEscape } from './layers';

export interface EntityPanelProps {
  id: string;
  /** Closed, it stays in the DOM (hidden) so the toggle's aria-controls always names it. */
  open: boolean;
  status: EntityStatus;
  groups: PanelGroup[];
  /** The live-region text after the last move ("Vladimir Putin, mention 1 of 6"). */
  message: string;
  onSelect: (index: number) => void;
  onClose: () => void;
}

// A shape per type as well as a colour, matching the marks' underline styles.
const ICONS: Record<EntityType, string> = { person: '●', organization: '■', place: '▲' };

const NOTES: Partial<Record<EntityStatus, MessageKey>> = {
  loading: 'entities_loading',
  unsupported: 'entities_unsupported',
  error: 'entities_error',
  off: 'entities_off',
};

/** The key people, organisations and places, each a button that steps through its mentions. */
export function EntityPanel({ id, open, status, groups, message, onSelect, onClose }: EntityPanelProps) {
  const ui = useI18n();
  const noteKey = NOTES[status] ?? (groups.length === 0 ? 'entities_none' : null);
  const note = noteKey ? ui.t(noteKey) : '';
  return (
    <aside
      id={id} class="entity-panel" aria-label={ui.t('entities_panel')} hidden={!open}
      // Escape closes the panel first, not the whole reading view.
      onKeyDown={closeOnEscape(open, onClose)}
    >
      {note && <p class="entity-note" role="status">{note}</p>}
      {groups.map((group) => (
        <section key={group.type} class={`entity-group entity-group--${group.type}`} aria-labelledby={`${id}-${group.type}`}>
          <h2 id={`${id}-${group.type}`}><span class="entity-icon" aria-hidden="true">{ICONS[group.type]}</span> {ui.t(group.label)}</h2>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.index}>
                <button
                  type="button" class="entity-entry" data-entity={entry.index} onClick={() => onSelect(entry.index)}
                  aria-label={ui.plural('entities_mentions', entry.count, entry.text)}
                >
                  <bdi class="entity-name">{entry.text}</bdi> <span class="entity-count">{ui.number(entry.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="visually-hidden" aria-live="polite">{message}</p>
    </aside>
  );
}
