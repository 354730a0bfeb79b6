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

// The recognizer's work grows with the text: past this many characters (a long read is about 100,000)
// the rest of an article is left unmarked, rather than the view busy for seconds (a 2 MB paragraph
// took 4 s in the command line) for names nobody will look for that far down.
export const MAX_RECOGNIZED_CHARS = 200_000;

/** The blocks' texts within MAX_RECOGNIZED_CHARS in all: later ones empty, the last one cut at a space. */
function withinLimit(texts: readonly string[]): string[] {
  let left = MAX_RECOGNIZED_CHARS;
  return texts.map((text) => {
    const kept = text.length <= left ? text : text.slice(0, Math.max(0, left)).replace(/\S*$/, '');
    left -= text.length;
    return kept;
  });
}

/** The entities of an article element: its text blocks, recognised together. */
export function entitiesOfArticle(root: Node, options: RecognizeOptions): ArticleEntities {
  const blocks = textBlocks(root);
  const captions = blocks.flatMap((b, i) => (b.nodes[0]?.parentElement?.closest('figcaption, figure') ? [i] : []));
  // Cut texts are prefixes of the blocks': every mention's offsets stay right in the whole block.
  return { ...recognizeEntities(withinLimit(blocks.map((b) => b.text)), { captions, ...options }), blocks };
}
