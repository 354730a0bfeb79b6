// Display helpers for the article header.

/** A published time as a long date in `lang` (the interface's), or '' when it is not a date. */
export function formatDate(value: string, lang: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/**
 * Makes one date formatter and drops it. The first one in a browser process costs 15 to 20 ms (its
 * ICU data loads), later ones in any language well under 1 ms: the view does this while it waits
 * for its article, so that the article's date does not pay for it when it renders.
 */
export function loadDateFormatData(): void {
  try {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
  } catch {
    // No Intl date support: formatDate will say so itself.
  }
}

/** Minutes to read at a calm 220 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 220));
}

export const CONTENT_WIDTH_CH = { narrow: 56, medium: 68, wide: 84 } as const;
