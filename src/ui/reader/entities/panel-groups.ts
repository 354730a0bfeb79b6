// What the entity panel lists, as pure functions of the recognizer's output and the settings.
import type { Entity, EntityType } from '../../../core/entities/types';
import type { MessageKey } from '../../../shared/i18n/keys';
import type { I18n } from '../../../shared/i18n/translator';
import type { Settings } from '../../../shared/settings';
import { isShown, type HighlightFilter } from './highlight';

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place'];
export const TYPE_LABELS: Record<EntityType, MessageKey> = { person: 'entities_person', organization: 'entities_organization', place: 'entities_place' };

export function filterOf(settings: Settings): HighlightFilter {
  const types = new Set<EntityType>();
  if (settings.entityPerson) types.add('person');
  if (settings.entityOrganization) types.add('organization');
  if (settings.entityPlace) types.add('place');
  return { types, keyOnly: settings.entityKeyOnly };
}

export interface PanelEntry {
  /** Index into the recognizer's entities (and into the marks per entity). */
  index: number;
  text: string;
  /** Mentions highlighted in the view: what the entry cycles through. */
  count: number;
}

export interface PanelGroup {
  type: EntityType;
  /** The group's heading, as a message name. */
  label: MessageKey;
  entries: PanelEntry[];
}

/**
 * The shown entities grouped by type (People, Organisations, Places), each in salience order.
 * An entity with no highlighted mention is left out: its button would have nowhere to go.
 */
export function panelGroups(entities: Entity[], filter: HighlightFilter, counts: number[]): PanelGroup[] {
  return TYPE_ORDER.filter((type) => filter.types.has(type)).map((type) => ({
    type,
    label: TYPE_LABELS[type],
    entries: entities
      .map((entity, index) => ({ entity, index }))
      .filter(({ entity, index }) => entity.type === type && isShown(entity, filter) && (counts[index] ?? 0) > 0)
      .map(({ entity, index }) => ({ index, text: entity.text, count: counts[index]! })),
  })).filter((group) => group.entries.length > 0);
}

/** The live-region text after moving to mention `position` (0-based) of `count`. */
export function announcement(ui: I18n, text: string, position: number, count: number): string {
  return ui.t('entities_position', text, ui.number(position + 1), ui.number(count));
}

/**
 * Whether the recognizer reads this text's script: it works on Latin-script languages only, so
 * CJK, Arabic, Cyrillic and other scripts get a note instead of wrong or missing highlights.
 */
export function scriptSupported(text: string): boolean {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return true;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters >= 0.5;
}
