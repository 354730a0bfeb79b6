// The interface's translator for Preact components: each page's main.tsx provides the browser's
// (shared/i18n), tests provide one made from the locale files. Components never call browser.i18n.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { I18n } from '../../shared/i18n/translator';

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const ui = useContext(I18nContext);
  if (!ui) throw new Error('No I18nContext.Provider above this component: its page must provide the translator.');
  return ui;
}
