// The extractors `bench:extract` runs side by side on one parsed page: Sift Reader's pipeline, plain
// Readability.js and Defuddle (its Node entry, under jsdom). Peers get a clone of the page, ours the page
// itself, so no extractor sees another's changes. A peer's output is a pure function of its version and the
// page's bytes, so it is kept in a cache (lib/peer-cache.ts) that `--no-cache` bypasses; ours never is.
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { extractArticle } from '../../../src/core';
import { plainTextOf } from '../../../src/core/text/plain-text';

export type ExtractorName = 'ours' | 'readability' | 'defuddle';
export const PEERS = ['readability', 'defuddle'] as const satisfies readonly ExtractorName[];

export const LABELS: Record<ExtractorName, string> = {
  ours: 'Sift Reader',
  readability: 'Readability.js 0.6.0',
  defuddle: 'Defuddle 0.19.4',
};

export interface RunResult {
  text: string;
  ms: number;
  error?: string;
}

/**
 * Text of a peer's HTML with the same block rule as ours (one paragraph per block): textContent would glue
 * a heading to the next paragraph ("TitleFirst words") and cost the peer words it found.
 */
export function peerText(html: string, doc: Document): string {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return plainTextOf(holder);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runExtractor(name: ExtractorName, doc: Document, url: string): Promise<RunResult> {
  const t0 = performance.now();
  try {
    switch (name) {
      case 'ours': {
        const outcome = extractArticle(doc, url);
        return { text: outcome.ok ? outcome.article.text : '', ms: performance.now() - t0 };
      }
      case 'readability': {
        const parsed = new Readability(doc.cloneNode(true) as Document).parse();
        const ms = performance.now() - t0;
        return { text: parsed?.content ? peerText(parsed.content, doc) : '', ms };
      }
      case 'defuddle': {
        // A clone has no window, so Defuddle reads no computed styles: under jsdom they would be guesses anyway
        // (no layout), and its own Node entry is documented for window-less documents (linkedom).
        const parsed = await Defuddle(doc.cloneNode(true) as Document, url);
        const ms = performance.now() - t0;
        return { text: parsed.content ? peerText(parsed.content, doc) : '', ms };
      }
    }
  } catch (error) {
    return { text: '', ms: performance.now() - t0, error: `${name} threw: ${message(error)}` };
  }
}
