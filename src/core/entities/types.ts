// The entity recognizer's shapes, shared by the tagger (tokenize + sequence model), the assembly of
// mentions into entities, the CLIs and the reading view. Pure data: no DOM, no browser APIs.

export type EntityType = 'person' | 'organization' | 'place';

/** IOB2 tags over the three types, as in ../shared/ner and the `ner` CLI's output. */
export type Tag = 'O' | 'B-PER' | 'I-PER' | 'B-ORG' | 'I-ORG' | 'B-LOC' | 'I-LOC';

/** A word of a text block, with its offsets in that block (UTF-16, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** One recognised mention, located in one text block by offsets (UTF-16, end exclusive). */
export interface Mention {
  /** Index of the block in the `blocks` given to recognizeEntities. */
  block: number;
  start: number;
  end: number;
  /** The mention as written ("Putin", "Presiden Rusia" is never part of it). */
  text: string;
  type: EntityType;
  /** Index into EntityResult.entities of the entity it refers to. */
  entity: number;
}

/** One entity of the article: its mentions folded together (Putin -> Vladimir Putin). */
export interface Entity {
  /** The canonical (longest, fullest) name. */
  text: string;
  type: EntityType;
  /** How many mentions in the body (captions count as blocks too). */
  mentions: number;
  /** Ranking score in [0, 1]: mentions, position, presence in the title. */
  salience: number;
  /** Other forms it appears under ("Putin", "Kim"). */
  aliases: string[];
  /** Among the key entities (top N by salience, N from the options). */
  key: boolean;
}

export interface EntityResult {
  /** Sorted by salience, highest first. */
  entities: Entity[];
  /** In block order, then offset order. */
  mentions: Mention[];
}

export interface RecognizeOptions {
  /** BCP 47 language of the text ('' when unknown: detected or treated as Latin-script generic). */
  lang: string;
  /** The headline: entities named in it rank higher. */
  title?: string;
  /** The outlet's name: the publisher itself is never a key entity of its story. */
  siteName?: string;
  /** Indices of the blocks that are image captions: a person named only there is not a key entity. */
  captions?: readonly number[];
  /** How many key entities (default 12). */
  keyCount?: number;
}
