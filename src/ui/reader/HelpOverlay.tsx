import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n/keys';
import { useI18n } from '../components/i18n';
import { SHORTCUTS } from './keys';

export interface HelpOverlayProps {
  open: boolean;
  onClose: () => void;
}

const TITLE_ID = 'reader-help-title';

/** Keys whose names are words, from the locale files; the letter and symbol keys come from keys.ts. */
const NAMED: readonly { names: MessageKey; label: MessageKey }[] = [
  { names: 'keys_nameEsc', label: 'keys_close' },
  { names: 'keys_namePrint', label: 'keys_print' },
  { names: 'keys_nameScroll', label: 'keys_scroll' },
  { names: 'keys_nameTab', label: 'keys_tab' },
];

/**
 * The `?` help: every shortcut of the view, in a modal dialog. Focus moves into it when it opens
 * and back to where it was when it closes; Escape closes only the help (it stops the key here).
 */
export function HelpOverlay({ open, onClose }: HelpOverlayProps) {
  const { t } = useI18n();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const doc = closeButton.current?.ownerDocument;
    const before = doc?.activeElement as HTMLElement | null | undefined;
    closeButton.current?.focus();
    return () => {
      if (before && before.isConnected && before !== doc?.body) before.focus({ preventScroll: true });
    };
  }, [open]);
  if (!open) return null;
  return (
    <div class="reader-help-backdrop" onClick={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div
        class="reader-help" role="dialog" aria-modal="true" aria-labelledby={TITLE_ID}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // The help closes, and only the help: the view's own Escape never hears of this key.
          e.stopPropagation();
          e.preventDefault();
          onClose();
        }}
      >
        <div class="reader-help-head">
          <h2 id={TITLE_ID}>{t('keys_title')}</h2>
          <button type="button" ref={closeButton} class="reader-help-close" onClick={onClose} aria-label={t('keys_helpClose')}>×</button>
        </div>
        <table class="reader-help-keys">
          <tbody>
            {SHORTCUTS.map(({ action, keys, label }) => (
              <tr key={action}>
                <th scope="row">{keys.map((key) => <kbd key={key}>{key}</kbd>)}</th>
                <td>{t(label)}</td>
              </tr>
            ))}
            {NAMED.map(({ names, label }) => (
              <tr key={label}>
                <th scope="row"><kbd>{t(names)}</kbd></th>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
