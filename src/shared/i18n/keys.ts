// Message names, typed from the English locale file (the default locale): a call with a name that
// is not there fails to compile. Type-only: no message text is bundled into any script.
import type EN from '../../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof EN;

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A message with plural forms: `NAME_one`, `NAME_other`… (CLDR categories); every locale has `_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
export const pluralKey = (base: PluralKey, category: Intl.LDMLPluralRule | PluralCategory) => `${base}_${category}` as MessageKey;

/** Something to tell the user, by message name: localized where it is shown, in that page's language. */
export interface Note {
  key: MessageKey;
  /** Technical text (an error's message), put in the message's placeholder as it is. */
  detail?: string;
}
