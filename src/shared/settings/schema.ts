import {
  AUTO_MODES, CONTENT_WIDTHS, FONT_FAMILIES, MAX_READ_ALOUD_VOICES, MAX_SITE_RULES, SITE_RULES, TEXT_ALIGNS, THEMES, type Settings,
} from './defaults';
import type { MessageKey } from '../i18n/keys';

// What each setting may hold, and how the settings pages group and label it (labels are message
// names of the locale files: the pages show them in the interface's language).
export type Spec =
  | { kind: 'enum'; values: readonly string[]; labels: readonly MessageKey[] }
  | { kind: 'number'; min: number; max: number; step: number; unit?: string }
  | { kind: 'boolean' }
  | { kind: 'siteRules'; values: readonly string[]; max: number }
  | { kind: 'voiceMap'; max: number };

export type Group = 'appearance' | 'reading' | 'readAloud' | 'entities' | 'automatic';

export interface SettingSpec {
  label: MessageKey;
  group: Group;
  spec: Spec;
}

export const GROUP_LABELS: Record<Group, MessageKey> = {
  appearance: 'group_appearance',
  reading: 'group_reading',
  readAloud: 'group_readAloud',
  entities: 'group_entities',
  automatic: 'group_automatic',
};

export const SCHEMA: { [K in keyof Settings]: SettingSpec } = {
  theme: { label: 'setting_theme', group: 'appearance', spec: { kind: 'enum', values: THEMES, labels: ['theme_system', 'theme_light', 'theme_sepia', 'theme_dark', 'theme_contrast'] } },
  fontFamily: { label: 'setting_fontFamily', group: 'appearance', spec: { kind: 'enum', values: FONT_FAMILIES, labels: ['font_serif', 'font_sans', 'font_system', 'font_legible', 'font_dyslexic'] } },
  fontSize: { label: 'setting_fontSize', group: 'appearance', spec: { kind: 'number', min: 12, max: 36, step: 1, unit: 'px' } },
  lineHeight: { label: 'setting_lineHeight', group: 'appearance', spec: { kind: 'number', min: 1.2, max: 2.2, step: 0.1 } },
  paragraphSpacing: { label: 'setting_paragraphSpacing', group: 'appearance', spec: { kind: 'number', min: 0.5, max: 2.5, step: 0.25 } },
  contentWidth: { label: 'setting_contentWidth', group: 'appearance', spec: { kind: 'enum', values: CONTENT_WIDTHS, labels: ['width_narrow', 'width_medium', 'width_wide'] } },
  textAlign: { label: 'setting_textAlign', group: 'appearance', spec: { kind: 'enum', values: TEXT_ALIGNS, labels: ['align_start', 'align_justify'] } },
  showImages: { label: 'setting_showImages', group: 'reading', spec: { kind: 'boolean' } },
  highlightEntities: { label: 'setting_highlightEntities', group: 'entities', spec: { kind: 'boolean' } },
  entityPerson: { label: 'entities_person', group: 'entities', spec: { kind: 'boolean' } },
  entityOrganization: { label: 'entities_organization', group: 'entities', spec: { kind: 'boolean' } },
  entityPlace: { label: 'entities_place', group: 'entities', spec: { kind: 'boolean' } },
  entityCount: { label: 'setting_entityCount', group: 'entities', spec: { kind: 'number', min: 3, max: 50, step: 1 } },
  entityKeyOnly: { label: 'setting_entityKeyOnly', group: 'entities', spec: { kind: 'boolean' } },
  readAloudRate: { label: 'setting_readAloudRate', group: 'readAloud', spec: { kind: 'number', min: 0.5, max: 2, step: 0.25, unit: '×' } },
  readAloudOnline: { label: 'setting_readAloudOnline', group: 'readAloud', spec: { kind: 'boolean' } },
  readAloudVoices: { label: 'setting_readAloudVoices', group: 'readAloud', spec: { kind: 'voiceMap', max: MAX_READ_ALOUD_VOICES } },
  autoMode: { label: 'setting_autoMode', group: 'automatic', spec: { kind: 'enum', values: AUTO_MODES, labels: ['auto_off', 'auto_news', 'auto_all'] } },
  siteRules: { label: 'setting_siteRules', group: 'automatic', spec: { kind: 'siteRules', values: SITE_RULES, max: MAX_SITE_RULES } },
};
