import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';
import { OverflowMenu, type MenuAction } from './OverflowMenu';
import { TypePanel } from './TypePanel';

export interface ToolbarProps {
  settings: Settings;
  onClose: () => void;
  /** "Not an article": never open by itself on this site again, and close. */
  onNotArticle: () => void;
  /** Print the article (the menu has no Print item without it). */
  onPrint?: () => void;
  onChange: (patch: Partial<Settings>) => void;
  /** The entity panel's toggle; absent while highlighting is off. */
  entityPanel?: { open: boolean; controls: string; onToggle: () => void };
  /** The toggle of the panel of what was removed, with how many removals. */
  removedPanel?: { open: boolean; controls: string; count: number; onToggle: () => void };
  /** The Read aloud button: pressed while reading (or while its bar asks something); a press starts or stops. */
  readAloud?: { on: boolean; onToggle: () => void };
  /** The menu's export items (copy, save), between "Not an article" and Print. */
  exportActions?: MenuAction[];
}

export const TYPE_PANEL_ID = 'type-panel';
export const MENU_ID = 'reader-menu';

/**
 * A calm toolbar: close on one side; on the other the Aa panel (type and colours), the names and
 * the ⋯ menu of actions seldom used. One layer is open at a time.
 */
export function Toolbar({ settings, onClose, onNotArticle, onPrint, onChange, entityPanel, readAloud, removedPanel, exportActions = [] }: ToolbarProps) {
  const { t, number } = useI18n();
  const [layer, setLayer] = useState<'type' | 'menu' | null>(null);
  const open = (which: 'type' | 'menu') => {
    // The names panel sits where the layer opens: close it first.
    if (entityPanel?.open) entityPanel.onToggle();
    if (removedPanel?.open) removedPanel.onToggle();
    setLayer(which);
  };
  const close = () => setLayer(null);
  const actions: MenuAction[] = [
    { key: 'not-article', label: t('reader_notArticle'), title: t('reader_notArticleTitle'), className: 'reader-not-article', onSelect: onNotArticle },
    ...exportActions,
    ...(onPrint ? [{ key: 'print', label: t('reader_print'), className: 'reader-print', onSelect: onPrint }] : []),
  ];
  return (
    <nav class="reader-toolbar" aria-label={t('reader_toolbar')}>
      <button type="button" class="reader-close" onClick={onClose} aria-label={t('reader_close')} title={t('reader_closeTitle')}>×</button>
      <div class="reader-tools">
        <TypePanel
          id={TYPE_PANEL_ID} open={layer === 'type'} settings={settings} onChange={onChange}
          onOpen={() => open('type')} onClose={close}
        />
        {readAloud && (
          <button type="button" class="read-aloud-button" onClick={readAloud.onToggle} aria-pressed={readAloud.on}>
            {t('reader_readAloud')}
          </button>
        )}
        {entityPanel && <PanelToggle panel={entityPanel} class="entity-toggle" title={t('entities_panel')} label={t('reader_names')} />}
        {removedPanel && (
          <PanelToggle panel={removedPanel} class="removed-toggle-panel" title={t('removed_panel')} label={t('removed_button', number(removedPanel.count))} />
        )}
        <OverflowMenu id={MENU_ID} label={t('reader_more')} open={layer === 'menu'} items={actions} onOpen={() => open('menu')} onClose={close} />
      </div>
    </nav>
  );
}

interface PanelToggleProps {
  panel: { open: boolean; controls: string; onToggle: () => void };
  class: string;
  title: string;
  label: string;
}

/** The toolbar button of a side panel (names, what was removed): it says whether the panel is open. */
function PanelToggle({ panel, class: className, title, label }: PanelToggleProps) {
  return (
    <button
      type="button" id={`${panel.controls}-toggle`} class={className} onClick={panel.onToggle}
      aria-expanded={panel.open} aria-controls={panel.controls} title={title}
    >
      {label}
    </button>
  );
}
