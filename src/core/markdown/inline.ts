// Inline content of the Markdown converter (index.ts): text, emphasis, code spans, links and images.
// A hard line break is kept as "\n" until finishInline turns it into "  \n".
import { BLOCK_TAGS, BREAK_TAGS, GROUPING_TAGS, tagSet } from '../text/block-tags';

const ELEMENT = 1;
const TEXT = 3;

// Markdown also takes a whole document (html, body) and the obsolete <center>, which still lays out as a block.
export const BLOCK = tagSet(BLOCK_TAGS, GROUPING_TAGS, BREAK_TAGS, ['body', 'html', 'center']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'embed']);

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

export function nameOf(node: Node): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

// The walk recurses, once a level: past this depth (a script-built page can nest 20,000 levels, which
// overflows the stack; parsers stop at 512) the rest of a subtree is its plain text.
export const MAX_DEPTH = 300;
let depth = 0;

/** `walk(node)` one level deeper, or `flat(node)` past MAX_DEPTH. */
export function deeper<T>(node: Node, walk: (node: Node) => T, flat: (text: string) => T): T {
  if (depth >= MAX_DEPTH) return flat(escapeInline((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ')));
  depth++;
  try {
    return walk(node);
  } finally {
    depth--;
  }
}

export function inlineChildren(el: Node): string {
  return deeper(el, () => {
    let out = '';
    for (let child = el.firstChild; child; child = child.nextSibling) out += inlineOf(child);
    return out;
  }, (text) => text);
}

export function inlineOf(node: Node): string {
  if (node.nodeType === TEXT) return escapeInline((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  if (!isElement(node)) return '';
  const name = nameOf(node);
  if (SKIP.has(name)) return '';
  switch (name) {
    case 'br':
      return '\n';
    case 'strong': case 'b':
      return wrap(inlineChildren(node), '**');
    case 'em': case 'i': case 'cite':
      return wrap(inlineChildren(node), '*');
    case 'del': case 's': case 'strike':
      return wrap(inlineChildren(node), '~~');
    case 'code': case 'kbd': case 'samp': case 'tt':
      return codeSpan(node.textContent ?? '');
    case 'img':
      return image(node);
    case 'a':
      return link(node);
    default: {
      const inner = inlineChildren(node);
      // Blocks flattened into a line (e.g. a <p> inside a <span>) keep a separating space.
      return BLOCK.has(name) ? ` ${inner} ` : inner;
    }
  }
}

/** Wraps `text` in a delimiter, keeping the surrounding spaces outside (CommonMark flanking rules). */
function wrap(text: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!match || !match[2]) return text;
  return `${match[1]}${mark}${match[2]}${mark}${match[3]}`;
}

function codeSpan(text: string): string {
  const code = text.replace(/[ \t\n\r\f]+/g, ' ');
  if (!code.trim()) return code;
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${code}${pad}${ticks}`;
}

function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function titlePart(el: Element): string {
  const title = el.getAttribute('title')?.trim();
  return title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
}

function image(img: Element): string {
  const src = (img.getAttribute('src') || img.getAttribute('data-src') || '').trim();
  if (!src || /^data:/i.test(src)) return '';
  const alt = escapeInline((img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
  return `![${alt}](${destination(src)}${titlePart(img)})`;
}

function link(a: Element): string {
  const text = finishInline(inlineChildren(a)).replace(/\s*\n\s*/g, ' ');
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || /^\s*javascript:/i.test(href) || !text) return text;
  return `[${text}](${destination(href)}${titlePart(a)})`;
}

const ESCAPED = /[\\`*_[\]<>]/g;

function escapeInline(text: string): string {
  return text.replace(ESCAPED, '\\$&');
}

/** Collapses spaces, trims each line and turns kept line breaks into hard breaks. */
export function finishInline(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('  \n');
}

/** Escapes what would start a heading, quote, list or rule at the start of a paragraph line. */
export function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => line
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^([>+-])(?=\s|$)/, '\\$1')
      .replace(/^(=+|-{3,})\s*$/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n');
}
