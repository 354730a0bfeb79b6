// The type settings as the CSS custom properties the article column reads (reader.css): the reading
// view sets them on its root, the options page on its preview, so both look the same.
import type { FontFamily, Settings } from '../../shared/settings';
import { CONTENT_WIDTH_CH } from './format';

/** Each typeface choice's font stack (tokens.css; the bundled faces are declared in fonts.css). */
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: 'var(--font-serif)',
  sans: 'var(--font-sans)',
  system: 'var(--font-system)',
  legible: 'var(--font-legible)',
  dyslexic: 'var(--font-dyslexic)',
};

type TypeSettings = Pick<Settings, 'fontSize' | 'lineHeight' | 'contentWidth' | 'fontFamily' | 'textAlign' | 'paragraphSpacing'>;

export function typeStyle(settings: TypeSettings): Record<string, string> {
  const justify = settings.textAlign === 'justify';
  return {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-width': `${CONTENT_WIDTH_CH[settings.contentWidth]}ch`,
    '--reader-font': FONT_STACKS[settings.fontFamily] ?? FONT_STACKS.serif,
    '--reader-align': justify ? 'justify' : 'start',
    // Hyphenation follows the lang attribute of the text (the article's own language).
    '--reader-hyphens': justify ? 'auto' : 'manual',
    '--reader-paragraph-spacing': `${settings.paragraphSpacing}em`,
  };
}
