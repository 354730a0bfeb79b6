// Lint, including the architecture's import rules (Dark Reader enforces its layers the same way):
// a wrong import fails `npm test`.
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

// What src/core and src/rules may not reach for: the page, the browser, the extension APIs, time and
// the network (the DOM lib declares them all; tsconfig.core.json keeps Node's and chrome's types out).
const BROWSER_GLOBALS = [
  'document', 'window', 'self', 'globalThis', 'top', 'parent', 'frames', 'location', 'navigator', 'history', 'chrome', 'browser',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker',
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask',
  'performance', 'process', 'Buffer', 'require', 'module', '__dirname', '__filename',
].map((name) => ({
  name,
  message: 'src/core and src/rules are pure: take the document, url and any clock as parameters (see design/ARCHITECTURE.md).',
}));

// Attributes a person sees or hears: tooltips, accessible names and descriptions, placeholders, alt text.
const SHOWN_ATTRIBUTES = '/^(title|alt|placeholder|aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext)$/';
const WORDS = '/\\p{L}{2,}/u';
const UI_TEXT_MESSAGE = 'User-visible text comes from the locale files: use the translator (useI18n().t(…)) and add the message to public/_locales/*/messages.json.';
export const UI_TEXT_RULES = [
  `JSXText[value=${WORDS}]`,
  `JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > Literal[value=${WORDS}]`,
  // A string in braces, chosen by a condition, or in a template: in a shown attribute or as a child.
  // (A message name passed to the translator, t('reader_close'), is an argument and not matched.)
  ...[`JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > JSXExpressionContainer`, 'JSXElement > JSXExpressionContainer', 'JSXFragment > JSXExpressionContainer'].flatMap((container) => [
    `${container} > Literal[value=${WORDS}]`,
    `${container} > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${WORDS}]`,
    `${container} > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  ]),
].map((selector) => ({ selector, message: UI_TEXT_MESSAGE }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', '.dev/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts.' }] }],
      'import/no-restricted-paths': ['error', {
        zones: [
          { target: './src/core', from: ['./src/shared', './src/background', './src/content', './src/ui'], message: 'core is pure: it imports only core, rules and its libraries.' },
          { target: './src/rules', from: ['./src/core', './src/shared', './src/background', './src/content', './src/ui'], message: 'rules are data only.' },
          { target: './src/shared', from: ['./src/background', './src/content', './src/ui'], message: 'shared sits below the shells and the UI.' },
          { target: './src/ui', from: ['./src/background', './src/content'], message: 'UI pages never import the background or content shells.' },
          { target: './src/content', from: ['./src/background', './src/ui'], message: 'the content script never imports the background or the UI.' },
          { target: './src/background', from: ['./src/ui', './src/core', './src/content'], message: 'the background stays thin: no UI, no extraction; it names the content script only by its built file (?script).' },
        ],
      }],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**', 'src/rules/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['preact', 'preact/*', 'webextension-polyfill'], message: 'core and rules import no UI framework and no browser API.' },
        { group: ['node:*', 'fs', 'fs/*', 'path', 'url', 'os', 'child_process', 'crypto', 'util', 'zlib', 'worker_threads'], message: 'core and rules run in the page: no Node modules.' },
      ] }],
    },
  },
  {
    // Extraction also runs in Node under jsdom (the CLI, the benchmarks), whose live collections look up
    // every read of their length as an element name too: reading one through is quadratic in its size
    // (44 s for a page of 10,000 comments). Static lists instead: core/elements has the helpers.
    // The classifier (core/detect) keeps its bounded, item-by-item reads: they are cheap in the browser
    // where it runs, and it fits the content script's byte budget.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/detect/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name='children']", message: 'Use childElements(el), firstElementChild or childElementCount (core/elements): live collections are quadratic under jsdom.' },
        { selector: "CallExpression[callee.property.name=/^getElementsBy/]", message: 'Use elementsByTag (core/elements) or querySelector(All): live collections are quadratic under jsdom.' },
      ],
    },
  },
  {
    // The shells and the UI use the core through each module's one public entry (core/extract,
    // core/detect, core/entities…, or a one-file module such as core/article): a module's insides can
    // move without touching them. Types may come from anywhere (they vanish from the build). Two small
    // values are public pieces of their own, imported directly so that the reader's first chunk stays
    // small: the removal markers (core/declutter/markers, which extraction writes and the view reads)
    // and the text blocks the view marks names in (core/entities/blocks: the recognizer itself loads later).
    files: ['src/{content,background,ui,shared}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{
        regex: '(^|/)core/(?!declutter/markers$|entities/blocks$)[^/]+/(?!index$)[^/]+',
        allowTypeImports: true,
        message: 'Import a core module through its entry (core/<module>), not its insides.',
      }] }],
    },
  },
  {
    // Every word the interface shows comes from the locale files (public/_locales), through the
    // translator: a word written into JSX text, or into an attribute that is shown or read out, is
    // one the other language never gets. Symbols (×, ●) are fine; words are not.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...UI_TEXT_RULES],
    },
  },
  {
    // The reading view's components take props and emit events; only main.tsx (the page shell) talks to
    // the browser. Hooks and helpers (.ts) are held to it as well as components.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/shared/browser', '**/shared/messaging', '**/shared/settings/sync', 'webextension-polyfill'], message: 'UI components get data through props; wire browser APIs in the page\'s main.tsx.' }] }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
