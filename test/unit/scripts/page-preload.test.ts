import { describe, expect, it } from 'vitest';
import { preloadPageChunks, staticImportsOf } from '../../../scripts/build/page-preload';

const bundle = {
  'assets/reader.js': { type: 'chunk', imports: ['assets/hooks.js', 'assets/browser.js'], dynamicImports: ['assets/entities.js'] },
  'assets/hooks.js': { type: 'chunk', imports: ['assets/sync.js'] },
  'assets/sync.js': { type: 'chunk', imports: ['assets/browser.js'] },
  'assets/browser.js': { type: 'chunk', imports: [] },
  'assets/entities.js': { type: 'chunk', imports: ['assets/language-tag.js'] },
  'assets/language-tag.js': { type: 'chunk', imports: [] },
  'assets/reader.css': { type: 'asset' },
};

describe('staticImportsOf', () => {
  it('lists every chunk the entry imports statically, through other chunks too, once each', () => {
    expect(staticImportsOf('assets/reader.js', bundle)).toEqual(['assets/hooks.js', 'assets/sync.js', 'assets/browser.js']);
  });

  it('leaves lazily imported chunks and their imports out', () => {
    const files = staticImportsOf('assets/reader.js', bundle);
    expect(files).not.toContain('assets/entities.js');
    expect(files).not.toContain('assets/language-tag.js');
  });

  it('survives an import cycle and lists nothing for a chunk without imports', () => {
    const cyclic = { 'a.js': { type: 'chunk', imports: ['b.js'] }, 'b.js': { type: 'chunk', imports: ['a.js'] } };
    expect(staticImportsOf('a.js', cyclic)).toEqual(['b.js']);
    expect(staticImportsOf('assets/browser.js', bundle)).toEqual([]);
  });
});

describe('preloadPageChunks', () => {
  const handler = () => {
    const hook = preloadPageChunks().transformIndexHtml as { handler: (html: string, ctx: unknown) => unknown };
    return hook.handler;
  };

  it('gives one modulepreload link per static import of the page\'s entry chunk', () => {
    const tags = handler()('<html></html>', { chunk: { fileName: 'assets/reader.js' }, bundle }) as { attrs: { rel: string; href: string } }[];
    expect(tags.map((t) => [t.attrs.rel, t.attrs.href])).toEqual([
      ['modulepreload', '/assets/hooks.js'], ['modulepreload', '/assets/sync.js'], ['modulepreload', '/assets/browser.js'],
    ]);
  });

  it('adds nothing outside a build (no bundle) or for a page without an entry chunk', () => {
    expect(handler()('<html></html>', { chunk: undefined, bundle })).toEqual([]);
    expect(handler()('<html></html>', { chunk: { fileName: 'assets/reader.js' }, bundle: undefined })).toEqual([]);
  });
});
