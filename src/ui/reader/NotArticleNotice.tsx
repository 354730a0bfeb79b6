import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../components/i18n';

export interface NotArticleNoticeProps {
  /** Shows the text extraction found after all. */
  onShowAnyway: () => void;
  onClose: () => void;
}

const TITLE_ID = 'reader-notice-title';

/**
 * What the view shows first when the user opened it on a page the classifier calls "none" (a home
 * page, a list, a shop…): a plain statement and the choice, instead of a junk article of teasers.
 */
export function NotArticleNotice({ onShowAnyway, onClose }: NotArticleNoticeProps) {
  const { t } = useI18n();
  const showAnyway = useRef<HTMLButtonElement>(null);
  // The choice has the focus as the view opens: Enter shows the text, Escape closes the view.
  useEffect(() => showAnyway.current?.focus(), []);
  return (
    <main class="reader-notice" aria-labelledby={TITLE_ID}>
      <h1 id={TITLE_ID}>{t('reader_notArticlePage')}</h1>
      <p>{t('reader_notArticlePageHint')}</p>
      <p class="reader-notice-actions">
        <button type="button" ref={showAnyway} class="reader-show-anyway" onClick={onShowAnyway}>{t('reader_showAnyway')}</button>
        <button type="button" class="reader-notice-close" onClick={onClose}>{t('reader_close')}</button>
      </p>
    </main>
  );
}
