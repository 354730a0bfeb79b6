// The reader page's own keys, whatever it shows (an article or a message): Escape closes the view,
// Ctrl+P prints the view rather than the page under it, Tab stays in the view. The article's
// shortcuts (t, e, n, ?…) are the view's (useKeyboard.ts).
import { trapTab } from './focus-trap';
import { isPrintKey } from './keys';

export interface ShellKeys {
  close(): void;
  /** Prints this frame's document: the article alone, through reader.css's print rules. */
  print(): void;
}

export function listenForShellKeys(doc: Document, { close, print }: ShellKeys): void {
  // Escape closes the view when the key comes up, not down: closing on keydown removes this frame
  // between the two halves of the key press, and the page underneath gets a keyup it never saw go
  // down (the page's own Escape or shortcut handlers may act on it). A layer that closes on Escape
  // (help, panel, menu) stops the keydown, so the keyup that follows closes nothing more.
  let escapeDown = false;
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // A layer left open while focus went elsewhere (the entity panel stays open as its names are
      // followed into the article) still closes before the view: through its toolbar button.
      const openLayer = doc.querySelector<HTMLElement>('[aria-expanded="true"][aria-controls]');
      if (openLayer) {
        openLayer.click();
        openLayer.focus();
        return;
      }
      escapeDown = true;
    } else if (isPrintKey(event)) {
      // The browser's own Ctrl+P would print the page this frame sits over: one screen of the view
      // and then the site. The frame printing itself prints the article.
      event.preventDefault();
      print();
    } else {
      trapTab(event, doc);
    }
  });
  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Escape' || !escapeDown) return;
    event.preventDefault();
    escapeDown = false;
    close();
  });
}

/**
 * Gives this frame the keyboard: Space, Page Down and the arrows then scroll the article at once,
 * without a click. The frame asks for focus itself, once this page is on screen: focus given by the
 * page's script while the frame was still navigating here was sometimes kept by the browser for the
 * page, even where document.hasFocus() said otherwise in both documents, so it is asked for always.
 */
export function takeFocus(win: Window): void {
  win.focus();
}
