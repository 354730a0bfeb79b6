import type { ComponentChildren } from 'preact';
import { I18nContext } from '../../../src/ui/components/i18n';
import { i18nFor } from './i18n';

/** A component tree as its page renders it: under the translator of `locale` (default English). */
export function withI18n(children: ComponentChildren, locale = 'en') {
  return <I18nContext.Provider value={i18nFor(locale)}>{children}</I18nContext.Provider>;
}
