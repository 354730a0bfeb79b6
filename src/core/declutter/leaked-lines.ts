// Lines a page printed that were never meant to be read: markup its CMS let through as text, and a
// count standing alone (the shares or reads of the story, drawn by a widget beside it). Neither has
// words of a language, so neither needs a word list.
import { HEADING_TAGS, textOf } from './dom';

// A tag printed as text, raw or escaped once or twice by the CMS: TinyMCE's editing bookmark
// (`<span data-mce-type="bookmark" …>&#65279;</span>`) is saved into posts by editors built on it, and
// a news site's template printed it between paragraphs, escaped as `&amp;lt;span …`. Only HTML's own
// element names, in lower case as markup writes them: "<The Palace: Tale of Jang Noksu>" is how Korean
// pages print a show's title.
const NAMES = 'a|b|blockquote|br|button|center|code|div|em|figcaption|figure|font|form|h[1-6]|hr|i|iframe|img|input|' +
  'label|li|link|meta|noscript|ol|p|pre|script|section|small|source|span|strong|style|sub|sup|table|td|th|tr|u|ul|video';
const OPEN = '(?:<|&(?:amp;)*lt;)';
const TAG = new RegExp(`${OPEN}\\/?(?:${NAMES})(?:\\s[^<>]*?)?\\/?(?:>|&(?:amp;)*gt;)`, 'g');
const STARTS_WITH_TAG = new RegExp(`^${OPEN}\\/?(?:${NAMES})[\\s/>&]`);
const ENTITY = /&(?:amp;)*#?\w+;/g;
// A WordPress shortcode that did not render: `[button link="…" type="big"]Send us your review[/button]`.
// An opener with attributes and its own closer around a few words; "[1]" or "[Photo]" is no shortcode.
const SHORTCODE = /^\[([a-z][\w-]*)\s+[\w-]+\s*=[^\]]*\](.*)\[\/\1\]$/i;
const SHORTCODE_MAX_WORDS = 8;

/** A line made only of markup printed as text, or one shortcode that did not render. */
export function isLeakedMarkup(text: string): boolean {
  const shortcode = SHORTCODE.exec(text);
  if (shortcode) return shortcode[2]!.split(' ').filter(Boolean).length <= SHORTCODE_MAX_WORDS;
  if (!STARTS_WITH_TAG.test(text)) return false;
  // Nothing but tags and entities: a sentence that starts with "<div>" and goes on to explain it stays.
  return !/[\p{L}\p{N}]/u.test(text.replace(TAG, '').replace(ENTITY, ''));
}

// "6", "2.289", "1,204", "12K": a number, and at most a letter for thousands or millions.
const COUNT = /^\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?\s?[kmb]?$/i;

/**
 * The counts on lines of their own, outside a list, a table or a heading ("1" over a section is the
 * story's own numbering, and a cell's figure is data), that are not a run of numbers: a listicle that
 * prints "1", "2", "3" apart from its items' names numbers them, where a share count stands alone.
 */
export function loneCounts(blocks: readonly Element[], inTableOrList: (el: Element) => boolean): Set<Element> {
  const counts = new Map<Element, number>();
  for (const block of blocks) {
    // The raw length first: most lines are paragraphs, and collapsing their whitespace is not free.
    if ((block.textContent?.length ?? 0) > 40) continue;
    const text = textOf(block);
    if (text.length <= 12 && COUNT.test(text) && !HEADING_TAGS.has(block.localName) && !inTableOrList(block)) {
      counts.set(block, Number(text.replace(/[^\d.]/g, '')));
    }
  }
  const values = new Set(counts.values());
  const numbering = (n: number) => Number.isInteger(n) && (values.has(n - 1) || values.has(n + 1));
  return new Set([...counts].filter(([, n]) => !numbering(n)).map(([block]) => block));
}
