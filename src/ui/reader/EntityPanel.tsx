import type { EntityType } from '../../core/entities/types';
import type { EntityStatus } from './entities/useEntities';
import type { PanelGroup } from './entities/panel-groups';

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

const NOTES: Partial<Record<EntityStatus, string>> = {
  loading: 'Looking for people, organisations and places…',
  unsupported: 'Highlighting is not available for this script yet.',
  error: 'People, organisations and places could not be found in this article.',
  off: 'Highlighting is off.',
};

/** The key people, organisations and places, each a button that steps through its mentions. */
export function EntityPanel({ id, open, status, groups, message, onSelect, onClose }: EntityPanelProps) {
  const note = NOTES[status] ?? (groups.length === 0 ? 'No people, organisations or places found.' : '');
  return (
    <aside
      id={id} class="entity-panel" aria-label="People, organisations and places" hidden={!open}
      onKeyDown={(e) => {
        // Escape closes the panel first, not the whole reading view.
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        e.preventDefault();
        onClose();
      }}
    >
      {note && <p class="entity-note" role="status">{note}</p>}
      {groups.map((group) => (
        <section key={group.type} class={`entity-group entity-group--${group.type}`} aria-labelledby={`${id}-${group.type}`}>
          <h2 id={`${id}-${group.type}`}><span class="entity-icon" aria-hidden="true">{ICONS[group.type]}</span> {group.label}</h2>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.index}>
                <button
                  type="button" class="entity-entry" data-entity={entry.index} onClick={() => onSelect(entry.index)}
                  aria-label={`${entry.text}, ${entry.count} ${entry.count === 1 ? 'mention' : 'mentions'}`}
                >
                  <span class="entity-name">{entry.text}</span> <span class="entity-count">{entry.count}</span>
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
