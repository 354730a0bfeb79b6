// Tables and code blocks: keeps data tables and <pre> (and the wrappers that only hold them) through
// Readability 0.6's conditional cleaning; the details are on protectBlocks.
import { childElements, elementsByTag } from '../../elements';

const LAYOUT_CONTENT = 'table, form, iframe, article, section, h1, h2, h3, header, footer, nav';
const LONGEST_DATA_CELL = 300;
/** Text a wrapper may add around its block and still be "just a wrapper" (a "Copy" button, a language label). */
const WRAPPER_SLACK = 40;

/**
 * Keeps data tables and code blocks through Readability's conditional cleaning (Readability.js
 * `_markDataTables` / `_cleanConditionally`): a table counts as data only with th/thead/caption/col… or at
 * least 10 rows or 5 columns, and any other table is dropped when a fifth of its text is links or it is
 * under 25 characters with a link; and a div around a table or <pre> is dropped when its class or id reads
 * "negative" (table-scroll, hidden-print, media, meta, widget…), whatever it holds.
 * Marks small data tables with an empty <colgroup> (no rendering effect; a "data-y" descendant for
 * Readability) and drops the class of a block and of the wrappers that add nothing but the block.
 */
export function protectBlocks(doc: Document): void {
  for (const table of elementsByTag(doc, 'table')) {
    if (!isDataTable(table)) continue;
    if (!table.querySelector('th, thead, tfoot, col, colgroup') && !table.getAttribute('summary')) {
      const colgroup = doc.createElement('colgroup');
      const caption = childElements(table).find((c) => c.tagName === 'CAPTION');
      table.insertBefore(colgroup, caption ? caption.nextSibling : table.firstChild);
    }
    clearWrapperClasses(table);
  }
  for (const pre of elementsByTag(doc, 'pre')) {
    if ((pre.textContent ?? '').trim()) clearWrapperClasses(pre);
  }
}

function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

/** A grid of short cells: at least 2×2, no nested layout, no presentation role, no long prose in a cell. */
function isDataTable(table: Element): boolean {
  const role = (table.getAttribute('role') ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0') return false;
  if (table.querySelector(LAYOUT_CONTENT)) return false;
  const rows = ownRows(table);
  if (rows.length < 2) return false;
  let columns = 0;
  for (const row of rows) {
    const cells = childElements(row).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    columns = Math.max(columns, cells.reduce((n, c) => n + (Number.parseInt(c.getAttribute('colspan') ?? '1', 10) || 1), 0));
    for (const cell of cells) {
      if ((cell.textContent ?? '').replace(/\s+/g, ' ').trim().length > LONGEST_DATA_CELL) return false;
      if (cell.querySelectorAll('p').length > 1) return false;
    }
  }
  return columns >= 2;
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

function clearWrapperClasses(block: Element): void {
  block.removeAttribute('class');
  const own = textLength(block);
  let node = block.parentElement;
  while (node && (node.tagName === 'DIV' || node.tagName === 'SECTION' || node.tagName === 'FIGURE' || node.tagName === 'SPAN')) {
    if (textLength(node) - own > WRAPPER_SLACK) break;
    node.removeAttribute('class');
    node = node.parentElement;
  }
}
