// Article HTML → simple Markdown (CommonMark, with GitHub's tables): headings, paragraphs, lists,
// links, images, figures with their captions, blockquotes, code, rules and plain tables. Made for
// reading extraction output (the reading view's export and `extract --format markdown`), not for
// round trips. Pure: it walks a DOM the caller parsed (a browser's DOMParser, jsdom in the CLI).
import { BLOCK, deeper, escapeLineStarts, finishInline, inlineChildren, inlineOf, isElement, nameOf } from './inline';

/** What parses HTML: a browser's DOMParser, or jsdom's window.DOMParser. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/** Converts an HTML string (a fragment or a document) to Markdown. */
export function htmlToMarkdown(html: string, parser: HtmlParser): string {
  return nodeToMarkdown(parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body);
}

/** Converts the children of `root` to Markdown; the result ends with one newline (or is empty). */
export function nodeToMarkdown(root: Node): string {
  const out = blocksOf(root).join('\n\n');
  return out ? `${out}\n` : '';
}

/** Markdown blocks for the children of `parent`; loose inline content becomes paragraphs. */
function blocksOf(parent: Node): string[] {
  return deeper(parent, blocksWithin, (text) => (finishInline(text) ? [escapeLineStarts(finishInline(text))] : []));
}

function blocksWithin(parent: Node): string[] {
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
    case 'figcaption': {
      // Set apart from the text in italics (as the view sets it apart), unless it has emphasis of its own.
      const text = finishInline(inlineChildren(el));
      if (!text) return [];
      return [escapeLineStarts(/(?<!\\)\*/.test(text) ? text : text.split('  \n').map((line) => `*${line}*`).join('  \n'))];
    }
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
  const cells = rows.map((tr) => [...tr.querySelectorAll('td, th')].filter((c) => c.parentElement === tr)
    .map((c) => finishInline(inlineChildren(c)).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')));
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (!width) return [];
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...body] = cells;
  return [[line(head ?? []), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n')];
}

