// bench:open --floor: the least any reading view in an extension frame could take here.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// --floor: the same build with a reader.html that has no script, no style sheet and no article, only a
// title marked for Element Timing as the view marks its own. The content script, the injection, the
// extraction and the frame are the extension's; what the view itself adds (its scripts, asking for the
// article, rendering and painting it) is gone. What this prints is the least any reading view in an
// extension frame could take on this machine and browser.
const FLOOR_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body>' +
  '<h1 elementtiming="sift-reader-title">The lowest a view can take</h1><p>No script, no style sheet.</p></body></html>';

/** A copy of `dir` whose reader.html is FLOOR_PAGE; the caller removes it. */
export function floorCopy(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'sift-floor-')), 'chrome');
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'reader.html'), FLOOR_PAGE);
  return copy;
}
