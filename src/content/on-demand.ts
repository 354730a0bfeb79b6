// What the background injects when the user asks for the view on a page without the content script
// (no "all sites" access, or a tab opened before install). The request is the reason it is here, so
// the view's frame starts loading (hidden until its article is ready) as soon as the content script
// has reported to the background, instead of after the extraction code has arrived: reader.html
// then loads in the extension's process while this page loads that code and extracts. The frame
// waits for the content script because inserting it makes the page restyle, which would otherwise
// hold up the report the background's toggle waits for. Not loaded on any other page: the 4 KB
// budget is the always-injected content script's.
import { extensionUrl, startEarlyFrame } from './overlay';

void import('./content-script').then(() => {
  startEarlyFrame(document, extensionUrl('reader.html'));
  return import('./open-reader');
});
