// Salience: how central an entity is to the article, in [0, 1], the same for every type. Mentions
// weigh most (relative to the most mentioned entity), then presence in the headline, then how early
// the entity first appears. Key entities are the top N that pass a confidence bar, so a lone
// one-word guess never fills the list.

export interface SalienceInput {
  text: string;
  forms: Iterable<string>;
  mentions: number;
  /** Position of the first mention in the article, 0 (start) to 1 (end). */
  firstPosition: number;
}

const MENTIONS_WEIGHT = 0.5;
const TITLE_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when one of the forms is written in the title as whole words. */
export function inTitle(forms: Iterable<string>, title: string): boolean {
  if (!title) return false;
  for (const form of forms) {
    if (!form.trim()) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(form.trim())}(?![\\p{L}\\p{N}])`, 'u').test(title)) return true;
  }
  return false;
}

export function salience(entity: SalienceInput, maxMentions: number, title: string): number {
  const mentions = maxMentions > 0 ? Math.log1p(entity.mentions) / Math.log1p(maxMentions) : 0;
  const position = 1 - Math.min(1, Math.max(0, entity.firstPosition));
  const titled = inTitle(entity.forms, title) ? 1 : 0;
  const score = MENTIONS_WEIGHT * mentions + TITLE_WEIGHT * titled + POSITION_WEIGHT * position;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** Confident enough to be a key entity: mentioned twice, named in the title, or a multi-word name. */
export function confident(entity: SalienceInput, title: string): boolean {
  return entity.mentions >= 2 || inTitle(entity.forms, title) || /\s/.test(entity.text.trim());
}
