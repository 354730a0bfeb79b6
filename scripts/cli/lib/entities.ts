// The CLI's view of an article's entities: recognised on the extracted html, parsed inertly (a
// <template>, so nothing loads or runs) in the page's own jsdom document.
import { entitiesOfArticle } from '../../../src/core/entities';
import type { EntityType } from '../../../src/core/entities';

export interface EntityLine {
  text: string;
  type: EntityType;
  mentions: number;
  salience: number;
  /** A key entity: what the view's names panel lists with its default key-only setting. */
  key: boolean;
}

/** All entities of the article html, sorted by salience (highest first). */
export function articleEntities(document: Document, html: string, lang: string, title: string, siteName = ''): EntityLine[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const { entities } = entitiesOfArticle(template.content, { lang, title, siteName });
  return entities.map(({ text, type, mentions, salience, key }) => ({ text, type, mentions, salience, key }));
}
