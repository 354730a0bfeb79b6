// The lead image's caption. Readability often drops the featured image, which sites print above the
// story in a <figure> of its own; the view then shows the page's lead image (og:image) bare. When the
// page has a figure of that same image with a caption, the article gets it back as its first figure:
// the caption and its credit ("Foto: Reuters") are read with the story, and the plain text, which
// leaves captions out, does not change.
import { elementsNamed } from '../elements';
import { parseSrcset } from './media';

/** An image's identity across its renditions: "/x/harbour-696x392.jpg" → "/x/harbour". */
function stem(url: string): string {
  try {
    return new URL(url, 'https://invalid.invalid/').pathname.replace(/(?:-\d+x\d+|@\dx)?\.\w+$/, '').toLowerCase();
  } catch {
    return '';
  }
}

function sources(img: Element): string[] {
  const srcset = ['srcset', 'data-srcset'].flatMap((attr) => parseSrcset(img.getAttribute(attr) ?? '').map((c) => c.url));
  return [img.getAttribute('src'), img.getAttribute('data-src'), ...srcset].filter((s): s is string => !!s && !s.startsWith('data:'));
}

const shows = (img: Element, target: string) => sources(img).some((s) => stem(s) === target);

/**
 * Prepends `<figure><img src=leadImage><figcaption>…</figcaption></figure>` to `root` (the article,
 * a detached element of the clone) when the page's figure of the lead image has a caption and the
 * article does not show that image already.
 */
export function restoreLeadFigure(page: Document, root: Element, leadImage: string): void {
  const target = leadImage ? stem(leadImage) : '';
  if (!target || elementsNamed(root, ['img']).some((img) => shows(img, target))) return;
  const figure = elementsNamed(page, ['figure']).find((f) => {
    const img = f.querySelector('img');
    return img !== null && shows(img, target);
  });
  const caption = (figure?.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!caption) return;
  const doc = root.ownerDocument;
  const out = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', leadImage);
  img.setAttribute('alt', '');
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = caption;
  out.append(img, figcaption);
  const first = root.firstElementChild;
  // Readability wraps the story in <div id="readability-page-1">: the figure goes inside it.
  (first && first.id.startsWith('readability-page') ? first : root).prepend(out);
}
