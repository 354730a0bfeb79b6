// The shape of a per-language clutter phrase file (src/rules/clutter/<lang>.json). Data only.
// Phrases are matched case-insensitively on whitespace-collapsed text, ignoring trailing
// punctuation such as ":", "»" or "›". Every list is sorted (by code point) and has no duplicates.
export interface LanguageRules {
  /** ISO 639-1 code, the file's name. */
  lang: string;
  /** English name of the language. */
  name: string;
  /** A block whose whole text is one of these is an ad label ("Advertisement", "Iklan", "Anzeige"). */
  adLabels: string[];
  /**
   * Leads of inline related links: a short block made of "<lead>:" plus a link ("Baca juga: …",
   * "Read also: …"), or a heading/label with this text that introduces a list of links.
   */
  relatedLeads: string[];
  /** Buttons and links whose whole text is one of these ("Continue reading", "Lanjutkan Membaca"). */
  continueReading: string[];
  /** Headings of page sections that are never the story (related posts, most read, comments). */
  sectionHeadings: string[];
  /** Labels of share and follow bars ("Share this", "Connect with us"). */
  shareLabels: string[];
  /**
   * Starts of newsletter, cookie, paywall, app and donation prompts: a short block that begins with
   * one of these is removed with its box.
   */
  prompts: string[];
  /** Date and byline fragments that stand alone ("Published on", "Diterbitkan pada"). */
  bylineFragments: string[];
  /**
   * Leads of photo and video credits: a short line "<lead>: <names>" ("Foto: ANP", "Ảnh: Giang Huy",
   * "Fot. PAP/Leszek Szymański", "写真：共同"), or a caption that ends with "(<lead>: <names>)".
   */
  captionCredits: string[];
  /** Labels of a story's tag list: "Tags: <links>", "Tagi:", "Từ khóa:", "タグ" (the list goes with it). */
  tagLabels: string[];
  /**
   * News agencies and sites named in a dateline at the start of a story: "WARSZAWA (PAP) –",
   * "JAKARTA, KOMPAS.com –", "(Dân trí) -", "【ワシントン共同】". Only the dateline goes, never its paragraph.
   */
  datelineAgencies: string[];
  /** Month names and abbreviations in lower case ("maart", "marca", "mart", "tháng"): date lines. */
  monthNames: string[];
}

/**
 * Words that code builds its line patterns from (core/text/word-lists.ts), lower case, each list
 * optional in a language file. Unlike the phrase lists they are merged over common.json and every
 * language file, since the patterns match every language's words on every page. The pattern's shape
 * (anchors, numbers, punctuation) stays in code; a word here is matched whole (the *ClassParts lists
 * anywhere inside a class name), case-insensitively.
 */
export interface WordLists {
  /** Before an author's name, dropped from it: "By", "Written by", "Oleh", "Von", "Par", "Por". */
  bylinePrefixes: string[];
  /** Path segments of author pages a byline links to: /author/…, /autoren/…, /penulis/…. */
  authorPathWords: string[];
  /** Class words of a byline element ("author", "autor-name", "penulis"). */
  authorClassWords: string[];
  /** Words that join or sit inside names: "and", "van der", "dela", "bin". */
  nameLinks: string[];
  /** Words joining two authors in a byline: "Ana Ribeiro and Tomás Quiroga". */
  authorJoins: string[];
  /** Verbs after the author's name that open a bio: "… is a reporter for …". */
  bioVerbs: string[];
  /** A wire credit line's end: "The Associated Press contributed to this report." */
  contributedLines: string[];
  /** Copyright words of a short credit line that names a year: "Copyright 2024 …". */
  copyrightWords: string[];
  /** Reserved-rights phrases of a credit line: "All rights reserved". */
  rightsReserved: string[];
  /** Picture words that open a credit: "Image copyright …", "Fotos courtesy of …" (with creditLeadKinds). */
  creditLeadWords: string[];
  /** Kinds of credit after a picture word: "copyright", "credit", "source", "courtesy". */
  creditLeadKinds: string[];
  /** Items of a gallery counter: "Image 3 of 10", "Foto 2 dari 8". */
  galleryWords: string[];
  /** The "of" of a gallery counter ("of", "dari", "von", "sur"). */
  galleryOf: string[];
  /** Words of a credit in brackets at a caption's end: "(AP Photo/Alan Diaz)", "(Foto: ANP)". */
  creditCaptionWords: string[];
  /** Words after a dotted time: "14.30 WIB", "9.15 a.m.", "18.00 Uhr". */
  timeWords: string[];
  /** Units of "5 hours ago" (with agoWords). */
  agoUnits: string[];
  /** The "ago" of "5 hours ago". */
  agoWords: string[];
  /** Parts of a <time>'s class or itemprop that mark the publication date ("published", "datePublished"). */
  publishedClassParts: string[];
  /** Parts of a <time>'s class or itemprop that mark an update, never the publication ("updated", "dateModified"). */
  updatedClassParts: string[];
}

export const WORD_LISTS = [
  'bylinePrefixes', 'authorPathWords', 'authorClassWords', 'nameLinks', 'authorJoins', 'bioVerbs', 'contributedLines',
  'copyrightWords', 'rightsReserved', 'creditLeadWords', 'creditLeadKinds', 'galleryWords', 'galleryOf',
  'creditCaptionWords', 'timeWords', 'agoUnits', 'agoWords', 'publishedClassParts', 'updatedClassParts',
] as const satisfies readonly (keyof WordLists)[];

export type WordList = (typeof WORD_LISTS)[number];

/** A language file: its phrase lists, and whichever word lists the language has words for. */
export type LanguageFile = LanguageRules & Partial<WordLists>;

export const PHRASE_LISTS = [
  'adLabels', 'relatedLeads', 'continueReading', 'sectionHeadings', 'shareLabels', 'prompts', 'bylineFragments',
  'captionCredits', 'tagLabels', 'datelineAgencies', 'monthNames',
] as const satisfies readonly (keyof LanguageRules)[];

export type PhraseList = (typeof PHRASE_LISTS)[number];

/** Selectors and class/id words that mean clutter in any language (src/rules/clutter/common.json). */
export interface CommonRules {
  /** Tag names that are always clutter (AMP ad elements). */
  tags: string[];
  /** Attributes whose presence marks an ad slot (data-ad-slot, data-google-query-id). */
  attributes: string[];
  /** Hosts (and their subdomains) whose iframes are ads or ad-driven recommendation widgets. */
  iframeHosts: string[];
  /**
   * Whole words of class or id names (split on - _ and camelCase) that mark an element as clutter when
   * it holds little prose; e.g. "advert" matches class "td-advert-box" but not "advertising-law".
   */
  classWords: string[];
  /**
   * Class or id words of a story's header parts that are not body text: kicker, standfirst/dek
   * ("chapo" in French, "Vorspann" in German). Longer than classWords' prose limit allows.
   */
  headerClassWords: string[];
  /**
   * Exact class names of embedded social posts (a tweet's text and its attribution line are the
   * post's, not the story's: the reading view links to the original instead).
   */
  embedClasses: string[];
  /** Image alt texts that mark an image as page chrome (author avatars). */
  imageAlts: string[];
  /** Share-button words and network names: a short line made only of them is a share bar. */
  shareWords: string[];
  /** Month names and abbreviations (lower case, many languages): date lines in bylines. */
  monthNames: string[];
  /**
   * Those of monthNames that are everyday words too ("set" and "out", Portuguese September and October;
   * Italian "gen" and "mag"; Malay "mac"): "1. Set realistic goals" is a numbered heading, "2 out of 3" a
   * score. They make a date only in a line that also holds a year.
   */
  monthNamesNeedingYear: string[];
  /** Words of photo credits: "(AP Photo/…)", "(Image: Getty)", "Foto: …". */
  creditWords: string[];
  /** Starts of wire-service sign-off lines: "(Reporting by …; Editing by …)". */
  signoffLeads: string[];
  /**
   * Class or id words of hover cards printed inline after the link that opens them (a person's card
   * with photo and latest headlines): CSS hides them, so their text is never part of the sentence.
   */
  hoverCardWords: string[];
  /** First link of a breadcrumb trail ("Home › Sport › …"), in many languages. */
  breadcrumbHomes: string[];
  /** Credit words of no one language ("Getty"), merged with the languages' (see WordLists). */
  creditCaptionWords?: string[];
  /** Time symbols of no one language ("14.30 h"), merged with the languages' timeWords. */
  timeWords?: string[];
}
