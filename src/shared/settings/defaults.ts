// The settings, declared once. `Settings` is derived from DEFAULTS, so adding a setting here adds it
// everywhere (type, validation through schema.ts, storage, the options page).
// New values go at the end of a list: a value stored by an older version stays valid.
// contrast: high contrast (white on black, yellow links).
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;
// system: the platform's interface font; legible: Atkinson Hyperlegible; dyslexic: OpenDyslexic
// (both bundled with the reader page, see src/ui/styles/fonts.css).
export const FONT_FAMILIES = ['serif', 'sans', 'system', 'legible', 'dyslexic'] as const;
export const CONTENT_WIDTHS = ['narrow', 'medium', 'wide'] as const;
// justify hyphenates by the article's language (hyphens: auto and its lang attribute).
export const TEXT_ALIGNS = ['start', 'justify'] as const;
// off: never open by itself; news: open on news articles; all: open on any article (issue 5).
export const AUTO_MODES = ['off', 'news', 'all'] as const;
// A site's rule overrides automatic mode there: always open on its articles, or never open by itself.
export const SITE_RULES = ['always', 'never'] as const;
// storage.sync allows 8 KB per item: about 40 bytes a rule keeps the whole map well inside it.
export const MAX_SITE_RULES = 150;
// Read aloud remembers a voice per language: a few languages, each a voiceURI of some 50 bytes.
export const MAX_READ_ALOUD_VOICES = 20;

export type Theme = (typeof THEMES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type ContentWidth = (typeof CONTENT_WIDTHS)[number];
export type TextAlign = (typeof TEXT_ALIGNS)[number];
export type AutoMode = (typeof AUTO_MODES)[number];
export type SiteRule = (typeof SITE_RULES)[number];
/** Site (host name without "www.", see shared/site-rules.ts) → its rule; a site not listed follows autoMode. */
export type SiteRules = Readonly<Record<string, SiteRule>>;
/** Language (primary subtag: "id", "en") → the voiceURI read aloud uses for it. */
export type ReadAloudVoices = Readonly<Record<string, string>>;

export const DEFAULTS = {
  // The options page lists the settings in this order.
  theme: 'system' as Theme,
  fontFamily: 'serif' as FontFamily,
  fontSize: 20,
  lineHeight: 1.6,
  /** Space between paragraphs, in em of the text size. */
  paragraphSpacing: 1,
  contentWidth: 'medium' as ContentWidth,
  textAlign: 'start' as TextAlign,
  showImages: true,
  highlightEntities: true,
  // Which kinds of entity to highlight: one boolean each, so validate-and-repair needs no new kind
  // and a bad value for one type never resets the others.
  entityPerson: true,
  entityOrganization: true,
  entityPlace: true,
  /** How many entities count as key (the recognizer's keyCount). */
  entityCount: 12,
  /** Highlight and list only the key entities (else every recognised one). */
  entityKeyOnly: true,
  /** Read aloud: the voice's speed (1: its normal rate). */
  readAloudRate: 1,
  /** Read aloud may use online voices (the text then goes to the browser's speech service); asked once. */
  readAloudOnline: false,
  readAloudVoices: {} as ReadAloudVoices,
  autoMode: 'news' as AutoMode,
  siteRules: {} as SiteRules,
};

export type Settings = typeof DEFAULTS;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULTS) as SettingKey[];
