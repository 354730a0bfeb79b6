// What the background injects when the user asks for the view on a page without the content script
// (no "all sites" access, or a tab opened before install). The request is the reason it is here, so
// it does not wait for the background's toggle, a round trip after the content script has reported:
// once the content script has run, it starts the view's frame (hidden until its article is ready)
// and opens the view, whose extraction code then loads while reader.html loads in the extension's
// process. The toggle that follows takes that open's result (openOnInjection). The frame waits for
// the content script because inserting it makes the page restyle, which would otherwise hold up the
// script's own start. Not loaded on any other page: the 4 KB budget is the content script's.
import { extensionUrl, startEarlyFrame } from './overlay';

void import('./content-script').then(({ openOnInjection }) => {
  startEarlyFrame(document, extensionUrl('reader.html'));
  openOnInjection();
});
