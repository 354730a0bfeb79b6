// Removals grouped by kind, in words a reader understands. Which rule is which kind is data
// (src/rules/removal-kinds.json): a rule name first, then a markup rule's prefix ("class:", "iframe:").
import type { Removal } from '../../../core/article';
import type { MessageKey } from '../../../shared/i18n/keys';
import KINDS from '../../../rules/removal-kinds.json';

export type RemovalKind = 'ads' | 'readAlso' | 'share' | 'prompts' | 'related' | 'credits' | 'navigation' | 'embeds' | 'other';

export const KIND_ORDER = KINDS.kinds as RemovalKind[];

const RULES: Record<string, string | undefined> = KINDS.rules;
const PREFIXES: Record<string, string | undefined> = KINDS.prefixes;

/** The kind the data gives `rule`, or null when it names none (the unit test keeps that from happening). */
export function listedKind(rule: string): RemovalKind | null {
  const kind = RULES[rule] ?? PREFIXES[rule.split(':')[0]!];
  return kind && (KIND_ORDER as string[]).includes(kind) ? (kind as RemovalKind) : null;
}

export const kindOf = (rule: string): RemovalKind => listedKind(rule) ?? 'other';

export const KIND_LABELS: Record<RemovalKind, MessageKey> = {
  ads: 'removed_kind_ads',
  readAlso: 'removed_kind_readAlso',
  share: 'removed_kind_share',
  prompts: 'removed_kind_prompts',
  related: 'removed_kind_related',
  credits: 'removed_kind_credits',
  navigation: 'removed_kind_navigation',
  embeds: 'removed_kind_embeds',
  other: 'removed_kind_misc',
};

export interface RemovalEntry {
  /** Index in the article's `removed`. */
  index: number;
  removal: Removal;
  /** It has a place in the article and its HTML: it can be put back. */
  restorable: boolean;
}

export interface RemovalGroup {
  kind: RemovalKind;
  entries: RemovalEntry[];
}

export const isRestorable = (removal: Removal) => removal.at !== undefined && removal.html !== undefined;

/** The removals by kind, kinds in the data's order, entries in document order; empty kinds left out. */
export function groupRemovals(removed: Removal[]): RemovalGroup[] {
  const byKind = new Map<RemovalKind, RemovalEntry[]>();
  removed.forEach((removal, index) => {
    const kind = kindOf(removal.rule);
    const entries = byKind.get(kind) ?? [];
    entries.push({ index, removal, restorable: isRestorable(removal) });
    byKind.set(kind, entries);
  });
  return KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({ kind, entries: byKind.get(kind)! }));
}
