// TEMPORARY stand-in for the real recognizer (written in parallel; it replaces this file at merge).
// Only the signature matters to the reading view: it marks runs of two or more capitalised words
// as people, so the view has mentions to highlight while the real model is not in this branch.
import { textBlocks, type TextBlock } from './blocks';
import type { Entity, EntityResult, Mention, RecognizeOptions } from './types';

// Two or more capitalised Latin words in a row ("Vladimir Putin", "Kim Jong Un").
const RUN = /\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)+/gu;

export function entitiesOfArticle(root: Element, options: RecognizeOptions): EntityResult & { blocks: TextBlock[] } {
  const blocks = textBlocks(root);
  const found: { block: number; start: number; end: number; text: string }[] = [];
  blocks.forEach((block, index) => {
    for (const match of block.text.matchAll(RUN)) {
      found.push({ block: index, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  });
  const counts = new Map<string, number>();
  for (const m of found) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const top = Math.max(1, ...counts.values());
  const keyCount = options.keyCount ?? 12;
  const entities: Entity[] = names.map((text, i) => ({
    text, type: 'person', mentions: counts.get(text)!, salience: counts.get(text)! / top, aliases: [], key: i < keyCount,
  }));
  const indexOf = new Map(names.map((name, i) => [name, i]));
  const mentions: Mention[] = found.map((m) => ({ ...m, type: 'person', entity: indexOf.get(m.text)! }));
  return { entities, mentions, blocks };
}
