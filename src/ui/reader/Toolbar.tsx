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
}

export const TYPE_PANEL_ID = 'type-panel';
export const MENU_ID = 'reader-menu';

/**
 * A calm toolbar: close on one side; on the other the Aa panel (type and colours), the names and
 * the ⋯ menu of actions seldom used. One layer is open at a time.
 */
export function Toolbar({ settings, onClose, onNotArticle, onPrint, onChange, entityPanel }: ToolbarProps) {
  const { t } = useI18n();
  const [layer, setLayer] = useState<'type' | 'menu' | null>(null);
  const open = (which: 'type' | 'menu') => {
    // The names panel sits where the layer opens: close it first.
    if (entityPanel?.open) entityPanel.onToggle();
    setLayer(which);
  };
  const close = () => setLayer(null);
  const actions: MenuAction[] = [
    { key: 'not-article', label: t('reader_notArticle'), title: t('reader_notArticleTitle'), className: 'reader-not-article', onSelect: onNotArticle },
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
        {entityPanel && (
          <button
            type="button" id={`${entityPanel.controls}-toggle`} class="entity-toggle" onClick={entityPanel.onToggle}
            aria-expanded={entityPanel.open} aria-controls={entityPanel.controls} title={t('entities_panel')}
          >
            {t('reader_names')}
          </button>
        )}
        <OverflowMenu id={MENU_ID} label={t('reader_more')} open={layer === 'menu'} items={actions} onOpen={() => open('menu')} onClose={close} />
      </div>
    </nav>
  );
}
