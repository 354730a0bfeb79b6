// Which chunk a shared module travels in, keyed by the role the chunk plays at run time. Left alone,
// the bundler gives every module shared by two entries a chunk of its own: one more file for the
// always-injected content script (4 KB gzip in all, on every page), or one more round trip before a
// first extraction. Each role lists its modules by path from the repository root (test/unit/scripts/
// chunk-policy.test.ts checks that each still exists, so a move cannot quietly undo the policy).

export interface ChunkRole {
  /** The chunk's name in the build (assets/<name>-<hash>.js). */
  chunk: string;
  /** Why these modules travel together. */
  why: string;
  /** Repository paths, or a bundler id starting with "\0" or "vite/". */
  modules: readonly string[];
}

export const CHUNK_ROLES: readonly ChunkRole[] = [
  {
    chunk: 'protocol',
    why: "what the always-injected content script shares with the extension's pages: the sender check, the " +
      "extension API lookup, the dynamic-import helper (once the reader page lazy-loads the recognizer it would " +
      "be a chunk of its own) and the schema.org type list the classifier and extraction share. The " +
      'polyfill-based messaging.ts stays out, or every page would load webextension-polyfill.',
    modules: ['vite/preload-helper', 'src/shared/sender-role.ts', 'src/shared/extension-api.ts', 'src/rules/detect/common.json'],
  },
  {
    chunk: 'overlay',
    why: "what the on-demand script asks for at a click, beside the extraction chunk: the overlay and its page " +
      "sheets, the print copy, and the small pieces extraction shares with the reader page (the language tag, " +
      "the text segmenter's bounded pieces, the inert HTML parser, the removal markers, the block-tag table). " +
      'Each as a chunk of its own was one more fetch learnt of only once the extraction chunk was in and parsed.',
    modules: [
      'src/content/overlay.ts', 'src/content/print-copy.ts', 'src/content/page-sheets.ts',
      'src/core/text/language-tag.ts', 'src/core/text/segment.ts', 'src/core/text/block-tags.ts',
      'src/core/inert-html.ts', 'src/core/declutter/markers.ts',
    ],
  },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A module id test for one role: each path, with either slash, at the end of the id. */
export function roleTest(role: ChunkRole): RegExp {
  const alternatives = role.modules.map((path) => (/^(\0|vite\/)/.test(path) ? escape(path) : `[\\\\/]${path.split('/').map(escape).join('[\\\\/]')}$`));
  return new RegExp(alternatives.join('|'));
}

/** The bundler's code-splitting groups: one per role, leaving each module's own imports where they are. */
export const chunkGroups = () => CHUNK_ROLES.map((role) => ({ name: role.chunk, test: roleTest(role), includeDependenciesRecursively: false }));
