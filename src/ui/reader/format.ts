// Display helpers for the article header: its date, reading time and column width.
import speeds from '../../rules/reading-speed.json';

// "2022-08-16", "2022-08-16T00:30:00+07:00", "2022-08-16T00:30:00": core keeps the page's own offset.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/;

/**
 * A published time as a long date in `lang` (the interface's), or '' when it is not a date. The date
 * is the article's own calendar date: the day written in the offset the time carries (a date alone, or
 * a time without an offset, as written), never that instant moved into the reader's time zone, where
 * "2022-08-16T00:30:00+07:00" would be 15 August.
 */
export function formatDate(value: string, lang: string): string {
  if (!value) return '';
  const iso = ISO_DATE.exec(value);
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : new Date(value);
  // Date.UTC rolls 2022-13-45 over into 2023: a day that is not on the calendar is no date.
  if (Number.isNaN(date.getTime()) || (iso && date.getUTCDate() !== Number(iso[3]))) return '';
  // The calendar day was read as UTC midnight: print it in UTC. Anything else Date read is local.
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', ...(iso ? { timeZone: 'UTC' } : {}) };
  try {
    return new Intl.DateTimeFormat(lang || undefined, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

/**
 * Makes one date formatter and drops it. The first one in a browser process costs 15 to 20 ms (its
 * ICU data loads), later ones in any language well under 1 ms: the view does this while it waits
 * for its article, so that the article's date does not pay for it when it renders.
 */
export function loadDateFormatData(): void {
  try {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    // No Intl date support: formatDate will say so itself.
  }
}

interface ReadingSpeed {
  wordsPerMinute?: number;
  /** For scripts written without spaces: their characters a minute, the rest of the text in words. */
  charactersPerMinute?: number;
  scripts?: string[];
}

const LANGUAGES: Readonly<Record<string, ReadingSpeed>> = speeds.languages;
const scriptChars = new Map<string, RegExp>();
// A word among the characters: letters or digits, so that "。" left between them is none.
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

function charactersOf(text: string, scripts: string[]): { chars: number; rest: string } {
  const key = scripts.join();
  let re = scriptChars.get(key);
  if (!re) {
    re = new RegExp(`[${scripts.map((s) => `\\p{sc=${s}}`).join('')}]`, 'gu');
    scriptChars.set(key, re);
  }
  return { chars: (text.match(re) ?? []).length, rest: text.replace(re, ' ') };
}

/**
 * Minutes to read `text` (the article's plain text, `wordCount` its words) in `lang`, the article's
 * language, at the rate of src/rules/reading-speed.json; never less than one. Chinese, Japanese and
 * Thai are timed by their characters, any Latin words among them by words.
 */
export function readingMinutes(text: string, wordCount: number, lang: string): number {
  const speed = LANGUAGES[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
  let minutes: number;
  if (speed?.charactersPerMinute && speed.scripts) {
    const { chars, rest } = charactersOf(text, speed.scripts);
    minutes = chars / speed.charactersPerMinute + (rest.match(WORD) ?? []).length / speeds.defaultWordsPerMinute;
  } else {
    minutes = wordCount / (speed?.wordsPerMinute ?? speeds.defaultWordsPerMinute);
  }
  return Math.max(1, Math.round(minutes));
}

export const CONTENT_WIDTH_CH = { narrow: 56, medium: 68, wide: 84 } as const;
