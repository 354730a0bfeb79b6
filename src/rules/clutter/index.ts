// Every clutter phrase file, by language. Data only: the declutter code merges common + en + the
// page's language (English labels are common on pages in every language).
import type { CommonRules, LanguageFile } from './schema';
import common from './common.json';
import en from './en.json';
import id from './id.json';
import ms from './ms.json';
import de from './de.json';
import fr from './fr.json';
import es from './es.json';
import pt from './pt.json';
import it from './it.json';
import nl from './nl.json';
import tr from './tr.json';
import vi from './vi.json';
import tl from './tl.json';
import pl from './pl.json';
import ru from './ru.json';
import ar from './ar.json';
import ja from './ja.json';
import zh from './zh.json';
import ko from './ko.json';

export type { CommonRules, LanguageFile, LanguageRules, PhraseList, WordList, WordLists } from './schema';
export { PHRASE_LISTS, WORD_LISTS } from './schema';

export const COMMON_RULES: CommonRules = common;

export const LANGUAGE_RULES: Readonly<Record<string, LanguageFile>> = {
  en, id, ms, de, fr, es, pt, it, nl, tr, vi, tl, pl, ru, ar, ja, zh, ko,
};
