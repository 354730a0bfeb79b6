// Readability takes the element its paragraph scores rank first, with those of its siblings that score
// well. Page builders wrap every section of a long story in its own layers of boxes (row > column >
// wrapper > text block), so the element that holds all the sections is several levels above each
// paragraph, gets a small share of their scores, and the best single section wins alone: a guide in
// twelve blocks comes out as one or two of them. When a first reading holds less than half of the
// page's prose, the second one reads the element that holds most of it with its blocks laid side by
// side, so that they are scored, and kept, together (index.ts keeps it only when it holds the first
// reading's paragraphs and much more prose).

import { Readability } from '@mozilla/readability';
import type { Budget } from './budget';
import { isHidden, type ProseSurvey, type UnlikelyPatterns } from './prose-holders';
import { cheaperVisibility } from './readability-visibility';

/** The element holding this share of the page's prose is its prose container. */
const MOST = 0.7;
/** The first reading's paragraphs inside the container are at least this share of its prose. */
const MOST_OF_FIRST = 0.5;

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
      else if (element || isText(node)) blocks.push(node);
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
  return Array.from(element.childNodes).some(isText);
}

const isText = (node: Node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '';

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

/**
 * Readability on `container` alone, its blocks side by side (the second reading); null when it finds
 * nothing. The page's address is its base, so that links resolve as they did on the page.
 */
export function readAlone(container: Element, url: string, patterns: UnlikelyPatterns | null, minTextLength: number, budget: Budget): Element | null {
  const doc = container.ownerDocument.implementation.createHTMLDocument('');
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.append(base);
  doc.body.append(container);
  layBlocksSideBySide(container, patterns);
  const reader = new Readability<Element>(doc, { charThreshold: minTextLength, serializer: (el) => el as Element });
  cheaperVisibility(reader);
  return budget.watch(reader).parse()?.content ?? null;
}

// Without any spaces: an element's textContent has none where a <br> or a block boundary was.
export const compact = (text: string) => text.replace(/\s+/g, '');

/** The first reading's prose paragraphs (80 characters or more), without spaces. */
const proseParagraphs = (first: string) => first.split('\n\n').filter((paragraph) => paragraph.length >= 80).map(compact);
const lengthOf = (list: string[]) => list.reduce((sum, paragraph) => sum + paragraph.length, 0);

/**
 * The container holds most of the first reading's prose (`container` as compact() gives it): asked
 * before the second reading, which is not worth its cost otherwise (a readers' thread that outweighs a
 * short story is read by nobody as its continuation, and reading its thousands of comments is slow).
 */
export function holdsFirstReading(first: string, container: string): boolean {
  const all = proseParagraphs(first);
  return lengthOf(all.filter((paragraph) => container.includes(paragraph))) >= lengthOf(all) * MOST_OF_FIRST;
}

/**
 * The wider reading goes on from the first: it holds every prose paragraph of the first that lies in
 * the container it read (one outside, such as a disclosure line above the story, may go). Asked only
 * of a container that holdsFirstReading, so those are most of the first reading's prose, not another
 * block that happens to share the container.
 */
export function goesOnFrom(wider: string, first: string, container: string): boolean {
  const widerText = compact(wider);
  return proseParagraphs(first).every((paragraph) => !container.includes(paragraph) || widerText.includes(paragraph));
}
