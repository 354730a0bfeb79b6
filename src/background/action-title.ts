// The toolbar button's tooltip: what it will do on this tab, or why it cannot. Pure (the translator
// is a parameter), so both languages are tested without a browser.
import type { I18n, MessageKey } from '../shared/i18n';
import type { PageInfo, TabStatus } from '../shared/messages';

const KIND_TITLE: Record<NonNullable<PageInfo['kind']>, MessageKey> = { news: 'action_news', article: 'action_article', none: 'action_none' };

export function titleFor(status: TabStatus, page: PageInfo, ui: I18n): string {
  if (status.state === 'open') return ui.t('action_close');
  if (status.note) return ui.t('action_note', ui.note(status.note));
  return ui.t(page.kind ? KIND_TITLE[page.kind] : 'action_open');
}
