// A print of the tab from the browser's own menu while the view is open (see print-copy.ts): the
// overlay swaps its frame for the article's copy for paper, from beforeprint to afterprint.
import { printCopy, type PrintRequest } from './print-copy';

/** The overlay's parts: its host element, the view's frame, and the host's closed shadow root. */
export interface PrintParts { host: HTMLElement; frame: HTMLIFrameElement; shadow: ShadowRoot }
/** The host's and the frame's styles on screen, put back after the print (the host's is computed then). */
export interface ScreenStyles { host: () => string; frame: string }

// For the print only: the overlay flows with the printed pages instead of covering one screen.
const PRINT_HOST_STYLE = 'all: initial !important; display: block !important;';

/**
 * From beforeprint to afterprint, the overlay shows a copy of the article for paper instead of its
 * frame (print-copy.ts); returns the removal of the listeners (and of a copy still shown). The copy
 * is made as the view opens and kept out of the page until a print: its images load meanwhile (an
 * image element loads without being in the document), because a print lays the page out at once
 * after beforeprint, without waiting for images then starting to load. Until the view's images
 * setting is known, and if it says no, the copy has none, and requests nothing.
 */
export function swapForPrint(win: Window, { host, frame, shadow }: PrintParts, { article, images }: PrintRequest, screen: ScreenStyles): () => void {
  const doc = host.ownerDocument;
  let copy = printCopy(doc, article, { images: false });
  let stopped = false;
  images.then((shown) => {
    if (!shown || stopped) return;
    const withImages = printCopy(doc, article);
    if (copy.isConnected) copy.replaceWith(withImages);
    copy = withImages;
  }, () => undefined);
  const restore = () => {
    if (!copy.isConnected) return;
    copy.remove();
    host.setAttribute('style', screen.host());
    frame.setAttribute('style', screen.frame);
  };
  const before = () => {
    host.setAttribute('style', PRINT_HOST_STYLE);
    frame.setAttribute('style', `${screen.frame} display: none;`);
    shadow.append(copy);
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', restore);
  return () => {
    stopped = true;
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', restore);
    restore();
  };
}
