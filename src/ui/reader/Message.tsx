import { useI18n } from '../components/i18n';

export interface MessageProps {
  text: string;
  onClose: () => void;
}

/** Shown in place of the article while it loads, or when it cannot be shown. */
export function Message({ text, onClose }: MessageProps) {
  const { t } = useI18n();
  return (
    <main class="reader-message">
      <p role="status">{text}</p>
      <button type="button" class="reader-close" onClick={onClose} aria-label={t('reader_close')}>×</button>
    </main>
  );
}
