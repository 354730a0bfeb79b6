import {
  AUTO_MODES, CONTENT_WIDTHS, FONT_FAMILIES, MAX_SITE_RULES, SITE_RULES, THEMES, type Settings,
} from './defaults';

// What each setting may hold, and how the settings pages group and label it.
export type Spec =
  | { kind: 'enum'; values: readonly string[]; labels: readonly string[] }
  | { kind: 'number'; min: number; max: number; step: number; unit?: string }
  | { kind: 'boolean' }
  | { kind: 'siteRules'; values: readonly string[]; max: number };

export type Group = 'appearance' | 'reading' | 'entities' | 'automatic';

export interface SettingSpec {
  label: string;
  group: Group;
  spec: Spec;
}

export const GROUP_LABELS: Record<Group, string> = {
  appearance: 'Appearance',
  reading: 'Reading view',
  entities: 'People, organisations and places',
  automatic: 'Automatic reader mode',
};

export const SCHEMA: { [K in keyof Settings]: SettingSpec } = {
  theme: { label: 'Theme', group: 'appearance', spec: { kind: 'enum', values: THEMES, labels: ['System', 'Light', 'Sepia', 'Dark'] } },
  fontSize: { label: 'Font size', group: 'appearance', spec: { kind: 'number', min: 12, max: 36, step: 1, unit: 'px' } },
  fontFamily: { label: 'Typeface', group: 'appearance', spec: { kind: 'enum', values: FONT_FAMILIES, labels: ['Serif', 'Sans-serif'] } },
  lineHeight: { label: 'Line spacing', group: 'appearance', spec: { kind: 'number', min: 1.2, max: 2.2, step: 0.1 } },
  contentWidth: { label: 'Line width', group: 'appearance', spec: { kind: 'enum', values: CONTENT_WIDTHS, labels: ['Narrow', 'Medium', 'Wide'] } },
  showImages: { label: 'Show images', group: 'reading', spec: { kind: 'boolean' } },
  highlightEntities: { label: 'Highlight key people, organisations and places', group: 'entities', spec: { kind: 'boolean' } },
  entityPerson: { label: 'People', group: 'entities', spec: { kind: 'boolean' } },
  entityOrganization: { label: 'Organisations', group: 'entities', spec: { kind: 'boolean' } },
  entityPlace: { label: 'Places', group: 'entities', spec: { kind: 'boolean' } },
  entityCount: { label: 'Number of key entities', group: 'entities', spec: { kind: 'number', min: 3, max: 50, step: 1 } },
  entityKeyOnly: { label: 'Only the key entities (off: every one found)', group: 'entities', spec: { kind: 'boolean' } },
  autoMode: { label: 'Open the reading view by itself', group: 'automatic', spec: { kind: 'enum', values: AUTO_MODES, labels: ['Off', 'On news articles', 'On all articles'] } },
  siteRules: { label: 'Sites with their own rule', group: 'automatic', spec: { kind: 'siteRules', values: SITE_RULES, max: MAX_SITE_RULES } },
};
