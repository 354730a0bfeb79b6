// Readability takes the element its paragraph scores rank first, with those of its siblings that score
// well. Page builders wrap every section of a long story in its own layers of boxes (row > column >
// wrapper > text block), so the element that holds all the sections is several levels above each
// paragraph, gets a small share of their scores, and the best single section wins alone: a guide in
// twelve blocks comes out as one or two of them. When a first reading holds less than half of the
// page's prose, the second one reads the element that holds most of it with its blocks laid side by
// side, so that they are scored, and kept, together (index.ts keeps it only when it holds the first
// reading's paragraphs and much more prose).

import { isHidden, type ProseSurvey, type UnlikelyPatterns } from './prose-holders';

/** The element holding this share of the page's prose is its prose container. */
const MOST = 0.7;

/** Layout boxes, looked inside; every other element is a block of the story, kept whole. */
const BOXES = new Set(['div', 'section', 'article', 'main', 'span', 'center', 'li']);
/** Roles Readability drops with all they hold. */
const UNLIKELY_ROLES = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog)$/;

/** The deepest element below <body> that holds most of the page's prose, or null. */
export function proseContainer({ total, held }: ProseSurvey): Element | null {
  let found: Element | null = null;
  let least = Infinity;
  for (const [element, length] of held) {
    // Along one line of ancestors the prose only grows: the least that is enough is the deepest (an
    // ancestor with the same prose holds it too, and the deeper one is found inside it).
    if (length < total * MOST || length > least) continue;
    if (length < least || (found && found.contains(element))) found = element;
    least = length;
  }
  return found;
}

/**
 * Lays the blocks of `container` side by side as its children, in reading order. A box Readability would
 * drop (a class that reads "unlikely", a navigation role, hidden) stays whole, so that it still drops it.
 */
export function layBlocksSideBySide(container: Element, patterns: UnlikelyPatterns | null): void {
  const blocks: Node[] = [];
  const collect = (box: Element) => {
    for (const node of Array.from(box.childNodes)) {
      const element = node.nodeType === 1 ? (node as Element) : null;
      if (element && isOpenBox(element, patterns)) collect(element);
      else if (element || (node.nodeType === 3 && (node.nodeValue ?? '').trim())) blocks.push(node);
    }
  };
  collect(container);
  container.replaceChildren(...blocks);
}

function isOpenBox(element: Element, patterns: UnlikelyPatterns | null): boolean {
  if (!BOXES.has(element.localName) || holdsText(element)) return false;
  if (UNLIKELY_ROLES.test(element.getAttribute('role') ?? '')) return false;
  // A hidden box stays one, so that Readability still leaves it out with all it holds.
  if (isHidden(element)) return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return !patterns || !patterns.unlikely.test(names) || patterns.maybe.test(names);
}

/** A box with text of its own (not only inside child elements) is a block of text, kept whole. */
function holdsText(element: Element): boolean {
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  return false;
}

const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/** The text of `element` as read, without what scripts and styles hold (their source is text nodes too). */
export function readText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !UNREAD.has((node as Element).localName)) text += readText(node as Element);
  }
  return text;
}
