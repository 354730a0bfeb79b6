// The extension's own translator: browser.i18n picks the locale from the browser's language.
import browser from '../browser';
import type { MessageKey } from './keys';
import { createI18n, type I18n } from './translator';

export type { I18n } from './translator';
export type { MessageKey, Note, PluralKey } from './keys';

let made: I18n | null = null;

export function i18n(): I18n {
  made ??= createI18n((key, substitutions) => browser.i18n.getMessage(key, substitutions));
  return made;
}

/** Puts the interface's language and direction on an extension page, and its title when it has one of its own. */
export function localizePage(doc: Document, title?: MessageKey): I18n {
  const ui = i18n();
  doc.documentElement.lang = ui.lang;
  doc.documentElement.dir = ui.dir;
  if (title) doc.title = ui.t(title);
  return ui;
}
