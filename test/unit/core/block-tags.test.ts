// The one block-tag table (src/core/text/block-tags.ts): every tag sits in one named list, so a walker's
// difference from another is a named set it adds, never a second copy of the same tags.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BLOCK_TAGS, BREAK_TAGS, GROUPING_TAGS, TABLE_CELL_TAGS, TABLE_SECTION_TAGS, tagSet } from '../../../src/core/text/block-tags';
import { plainTextOf } from '../../../src/core/text/plain-text';
import { nodeToMarkdown } from '../../../src/core/markdown';
import { leafBlocks } from '../../../src/core/declutter/dom';

const LISTS = { BLOCK_TAGS, GROUPING_TAGS, BREAK_TAGS, TABLE_SECTION_TAGS, TABLE_CELL_TAGS };

describe('block tags', () => {
  it('lists each tag once, in one list, in lower case', () => {
    const all = Object.values(LISTS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const tag of all) expect(tag).toMatch(/^[a-z][a-z0-9]*$/);
  });

  it('builds sets from lists', () => {
    expect([...tagSet(['p'], GROUPING_TAGS)].sort()).toEqual(['p', ...GROUPING_TAGS].sort());
  });

  it('makes every shared block tag a block for declutter, Markdown and plain text alike', () => {
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    for (const tag of BLOCK_TAGS.filter((t) => !['table', 'dl', 'ol', 'ul', 'pre', 'details'].includes(t))) {
      const root = document.createElement('div');
      root.innerHTML = `<${tag}>one</${tag}><${tag}>two</${tag}>`;
      expect(plainTextOf(root, { captions: true }), tag).toBe('one\n\ntwo');
      expect(nodeToMarkdown(root).split('\n\n').length, tag).toBe(2);
      expect(leafBlocks(root).length, tag).toBe(2);
    }
  });
});
