// Article HTML → simple Markdown (CommonMark): headings, paragraphs, lists, links, images, blockquotes,
// code, rules and plain tables. Made for reading extraction output, not for round trips.
import { JSDOM } from 'jsdom';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'center',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'embed']);
const ELEMENT = 1;
const TEXT = 3;

/** Converts an HTML string (a fragment or a document) to Markdown. */
export function htmlToMarkdown(html: string): string {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  try {
    return nodeToMarkdown(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

/** Converts the children of `root` to Markdown; the result ends with one newline (or is empty). */
export function nodeToMarkdown(root: Node): string {
  const out = blocksOf(root).join('\n\n');
  return out ? `${out}\n` : '';
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

function nameOf(node: Node): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

/** Markdown blocks for the children of `parent`; loose inline content becomes paragraphs. */
function blocksOf(parent: Node): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const paragraph = finishInline(inline);
    if (paragraph) blocks.push(escapeLineStarts(paragraph));
    inline = '';
  };
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const name = nameOf(child);
    if (isElement(child) && BLOCK.has(name)) {
      flush();
      blocks.push(...blockOf(child));
    } else {
      inline += inlineOf(child);
    }
  }
  flush();
  return blocks;
}

function blockOf(el: Element): string[] {
  const name = nameOf(el);
  switch (name) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = finishInline(inlineChildren(el)).replace(/\s*\n\s*/g, ' ');
      return text ? [`${'#'.repeat(Number(name[1]))} ${text}`] : [];
    }
    case 'p': {
      const text = finishInline(inlineChildren(el));
      return text ? [escapeLineStarts(text)] : [];
    }
    case 'hr':
      return ['---'];
    case 'pre':
      return [fenced(el)];
    case 'blockquote': {
      const inner = blocksOf(el).join('\n\n');
      return inner ? [inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')] : [];
    }
    case 'ul': case 'ol':
      return listOf(el);
    case 'table':
      return tableOf(el);
    default:
      return blocksOf(el);
  }
}

function listOf(list: Element): string[] {
  const ordered = nameOf(list) === 'ol';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  let number = Number.isFinite(start) ? start : 1;
  const items: string[] = [];
  for (let child = list.firstChild; child; child = child.nextSibling) {
    let body: string;
    if (nameOf(child) === 'li') body = blocksOf(child).join('\n\n');
    else if (isElement(child) && (nameOf(child) === 'ul' || nameOf(child) === 'ol')) {
      // A list nested directly in a list (invalid but common): indent it under the previous item.
      const nested = listOf(child).join('\n');
      if (nested && items.length) items[items.length - 1] += `\n${indent(nested, ordered ? 3 : 2)}`;
      continue;
    } else {
      body = finishInline(inlineOf(child));
    }
    if (!body) continue;
    const marker = ordered ? `${number++}. ` : '- ';
    items.push(marker + indent(body, marker.length).slice(marker.length));
  }
  return items.length ? [items.join('\n')] : [];
}

function indent(text: string, width: number): string {
  const pad = ' '.repeat(width);
  return text.split('\n').map((line) => (line ? pad + line : line)).join('\n');
}

function fenced(pre: Element): string {
  const code = (pre.textContent ?? '').replace(/\n$/, '');
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const codeEl = pre.querySelector('code');
  const lang = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(`${codeEl?.className ?? ''} ${pre.className}`)?.[1] ?? '';
  return `${fence}${lang}\n${code}\n${fence}`;
}

function tableOf(table: Element): string[] {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const cells = rows.map((tr) => [...tr.children].filter((c) => nameOf(c) === 'td' || nameOf(c) === 'th')
    .map((c) => finishInline(inlineChildren(c)).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')));
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (!width) return [];
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...body] = cells;
  return [[line(head ?? []), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n')];
}

// Inline content. A hard line break is kept as "\n" until finishInline turns it into "  \n".

function inlineChildren(el: Node): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) out += inlineOf(child);
  return out;
}

function inlineOf(node: Node): string {
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
function finishInline(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('  \n');
}

/** Escapes what would start a heading, quote, list or rule at the start of a paragraph line. */
function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => line
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^([>+-])(?=\s|$)/, '\\$1')
      .replace(/^(=+|-{3,})\s*$/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'))
    .join('\n');
}
