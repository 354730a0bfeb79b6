// What the background injects when the user asks for the view on a page without the content script
// (no "all sites" access, or a tab opened before install). The request is the reason it is here, so
// it does not wait for the background's toggle, a round trip after the content script has reported:
// once the content script has run, it opens the view and starts the view's frame (hidden until its
// article is ready), so the extraction code loads and runs here while reader.html loads in the
// extension's process. The toggle that follows takes that open's result (openOnInjection). The frame
// waits for the content script because inserting it makes the page restyle, which would otherwise
// hold up the script's own start. Not loaded on any other page: the 4 KB budget is the content
// script's.
import { extensionUrl, startEarlyFrame } from './overlay';
import { unreadableDocument } from './reading-limits';

// The extraction code is asked for first, at once: it is the larger file, and the open below needs
// it (extraction ended about 10 ms sooner; per-step timings, six fixture pages, three rounds). The
// background injects its own loader just before this script (toggle.ts), which asks sooner still;
// this import is the same module, and keeps this script whole on its own.
void import('./open-reader');
// The content script by dynamic import: with a static one the bundler moves it into a shared chunk
// (the always-injected files grow past their 4 KB) and makes the extraction chunk import this
// module, which would then run on every opening, not only on injection.
void import('./content-script').then(({ openOnInjection }) => {
  // The open, then the frame: inserting the frame makes the page restyle and the browser start a
  // navigation, which held the extraction up (about 10 ms in the same per-step timings).
  openOnInjection();
  // No frame where no view can be (an SVG or XML document: the toolbar says why).
  if (!unreadableDocument(document)) startEarlyFrame(document, extensionUrl('reader.html'));
});
