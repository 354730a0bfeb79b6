// The ⋯ menu's export items and the short confirmation they leave in a status region. The work
// itself (clipboard, download) is the page shell's: it comes in as `onExport`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { I18n } from '../../../shared/i18n/translator';
import type { MenuAction } from '../OverflowMenu';

export type ExportKind = 'copy-text' | 'copy-markdown' | 'save-markdown' | 'save-html';
export type ExportArticle = (kind: ExportKind) => Promise<void>;

// Long enough to be read, short enough not to linger over the article.
const STATUS_MS = 4000;

const ITEMS: { kind: ExportKind; label: 'reader_copyText' | 'reader_copyMarkdown' | 'reader_saveMarkdown' | 'reader_saveHtml' }[] = [
  { kind: 'copy-text', label: 'reader_copyText' },
  { kind: 'copy-markdown', label: 'reader_copyMarkdown' },
  { kind: 'save-markdown', label: 'reader_saveMarkdown' },
  { kind: 'save-html', label: 'reader_saveHtml' },
];

export function useExport(onExport: ExportArticle | undefined, ui: Pick<I18n, 't'>): { actions: MenuAction[]; status: string } {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (text: string) => {
    clearTimeout(timer.current);
    setStatus(text);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };
  if (!onExport) return { actions: [], status };
  const actions = ITEMS.map(({ kind, label }): MenuAction => ({
    key: kind,
    label: ui.t(label),
    className: `reader-${kind}`,
    onSelect: () => {
      // Emptied first, so a second copy in a row is announced again.
      setStatus('');
      onExport(kind).then(
        () => say(ui.t(kind.startsWith('copy') ? 'reader_copied' : 'reader_saved')),
        () => say(ui.t('reader_exportFailed')),
      );
    },
  }));
  return { actions, status };
}
