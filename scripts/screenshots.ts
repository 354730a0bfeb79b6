// Writes the README's screenshots of the built extension (dist/chrome) in headless Chromium:
//   npm run screenshots      (build first: npm run build)
// A script of its own, so that the test run never writes into docs/.
// Now: the reading view's toolbar and header (title, byline, date, reading time) of the reference
// page, with the browser in English and in Indonesian (Debian's chromium-l10n).
import { resolve } from 'node:path';
import { clickToolbar, launch, openPage, readerFrame, serveFixtures } from '../test/e2e/harness';

const DOCS = resolve('docs');

async function header(locale: string, origin: string): Promise<string> {
  const b = await launch({ locale });
  try {
    const page = await openPage(b, `${origin}/pages/seed.html`);
    await clickToolbar(b, page);
    const frame = await readerFrame(page);
    // Down to the end of the meta line: the toolbar and the article's header, nothing of the body.
    const bottom = await frame.evaluate(() => document.querySelector('.reader-meta')!.getBoundingClientRect().bottom);
    const path = `${DOCS}/reader-header-${locale}.png`;
    await page.screenshot({ path, clip: { x: 0, y: 0, width: page.viewportSize()!.width, height: Math.ceil(bottom + 16) } });
    return path;
  } finally {
    await b.close();
  }
}

const served = await serveFixtures();
try {
  for (const locale of ['en', 'id']) console.log(`wrote ${await header(locale, served.origin)}`);
} finally {
  served.server.close();
}
