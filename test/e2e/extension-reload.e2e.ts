// An extension update or reload orphans the content script already running in each page (issue 17):
// the old copy can no longer reach the extension, and its view's frame is gone with the old extension.
// It must notice by itself, close the view and leave the page exactly as it was, instead of leaving a
// dead frame over the page and polling it for as long as the tab lives. Its own browser: the reload
// ends the service worker the other tests talk to.
import { expect, it } from 'vitest';
import { clickToolbar, openPage, pageState, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();

it('a reload of the extension closes the open view the old content script showed, and restores the page', async () => {
  const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
  await page.evaluate(() => window.scrollTo(0, 900));
  const before = await pageState(page);
  await clickToolbar(session.b, page);
  await readerFrame(page);
  // After the evaluation has answered: the reload takes the worker away.
  await session.b.worker.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 50); });
  await waitForNoReader(page);
  expect(await pageState(page)).toEqual(before);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
});
