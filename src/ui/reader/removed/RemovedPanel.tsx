import { useI18n } from '../../components/i18n';
import { KIND_LABELS, type RemovalGroup } from './kinds';
import { closeOnEscape } from '../layers';

export interface RemovedPanelProps {
  id: string;
  /** Closed, it stays in the DOM (hidden) so the toggle's aria-controls always names it. */
  open: boolean;
  groups: RemovalGroup[];
  /** Indexes (in the article's `removed`) of the blocks shown again. */
  shown: ReadonlySet<number>;
  onToggle: (index: number) => void;
  onShowAll: () => void;
  onHideAll: () => void;
  onClose: () => void;
}

/** What extraction took out, by kind, each with its snippet and a Show / Hide when it can go back in place. */
export function RemovedPanel({ id, open, groups, shown, onToggle, onShowAll, onHideAll, onClose }: RemovedPanelProps) {
  const ui = useI18n();
  const anyRestorable = groups.some((group) => group.entries.some((entry) => entry.restorable));
  const anyFixed = groups.some((group) => group.entries.some((entry) => !entry.restorable));
  return (
    <aside
      id={id} class="removed-panel" aria-label={ui.t('removed_panel')} hidden={!open}
      // Escape closes the panel first, not the whole reading view.
      onKeyDown={closeOnEscape(open, onClose)}
    >
      {groups.length === 0 && <p class="removed-note" role="status">{ui.t('removed_none')}</p>}
      {/* Said once for the panel, not under each of (on most pages) dozens of entries. */}
      {anyFixed && <p class="removed-note">{ui.t('removed_notHere')}</p>}
      {anyRestorable && (
        <p class="removed-all">
          <button type="button" class="removed-show-all" onClick={onShowAll}>{ui.t('removed_showAll')}</button>
          <button type="button" class="removed-hide-all" onClick={onHideAll} disabled={shown.size === 0}>{ui.t('removed_hideAll')}</button>
        </p>
      )}
      {groups.map((group) => (
        <section key={group.kind} class={`removed-group removed-group--${group.kind}`} aria-labelledby={`${id}-${group.kind}`}>
          <h2 id={`${id}-${group.kind}`}>{ui.t(KIND_LABELS[group.kind])} <span class="removed-count">({ui.number(group.entries.length)})</span></h2>
          <ul>
            {group.entries.map(({ index, removal, restorable }) => {
              const isShown = shown.has(index);
              return (
                <li key={index} class="removed-entry" data-removal={index}>
                  <bdi class="removed-snippet">{removal.snippet}</bdi>
                  {restorable && (
                    <button
                      type="button" class="removed-toggle" aria-pressed={isShown} onClick={() => onToggle(index)}
                      aria-label={ui.t(isShown ? 'removed_hideOne' : 'removed_showOne', removal.snippet)}
                    >
                      {ui.t(isShown ? 'removed_hide' : 'removed_show')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </aside>
  );
}
