// The entity recognizer's entry points: an article element (or its text blocks) in, entities out.
import { textBlocks, type TextBlock } from './blocks';
import { recognizeEntities } from './recognize';
import type { EntityResult, RecognizeOptions } from './types';

export { recognizeEntities, defaultTagger, type Tagger } from './recognize';
export { textBlocks, type TextBlock } from './blocks';
export type * from './types';

export interface ArticleEntities extends EntityResult {
  /** The blocks the mentions' `block` indices refer to (the view wraps mentions in their text nodes). */
  blocks: TextBlock[];
}

/** The entities of an article element: its text blocks, recognised together. */
export function entitiesOfArticle(root: Node, options: RecognizeOptions): ArticleEntities {
  const blocks = textBlocks(root);
  const captions = blocks.flatMap((b, i) => (b.nodes[0]?.parentElement?.closest('figcaption, figure') ? [i] : []));
  return { ...recognizeEntities(blocks.map((b) => b.text), { captions, ...options }), blocks };
}
