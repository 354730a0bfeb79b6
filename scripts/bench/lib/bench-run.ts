// One page through every extractor `bench:extract` compares: decoded and parsed once, each peer on its
// own clone (or from the peer cache), ours on the page; the page's window closed afterwards.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runExtractor, type ExtractorName, type RunResult } from './extractors';
import { closePage, decodeHtml, domFromText } from '../../lib/load-html';
import { PeerCache } from './peer-cache';

export interface PageRun {
  results: Partial<Record<ExtractorName, RunResult>>;
  /** Decoding and jsdom parsing, once per page. */
  parseMs: number;
  loadError?: string;
}

function versionOf(pkg: string): string {
  try {
    const entry = import.meta.resolve(pkg);
    let dir = dirname(new URL(entry).pathname);
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      try {
        const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (json.name === pkg && json.version) return json.version;
      } catch {
        // not this level
      }
    }
  } catch {
    // unresolvable: no cache key of its own
  }
  return 'unknown';
}

const PACKAGES: Record<Exclude<ExtractorName, 'ours'>, string> = { readability: '@mozilla/readability', defuddle: 'defuddle' };

export class PageRunner {
  private readonly caches = new Map<ExtractorName, PeerCache>();
  private hits = 0;

  constructor(readonly extractors: readonly ExtractorName[], useCache: boolean) {
    for (const name of extractors) {
      if (name !== 'ours') this.caches.set(name, new PeerCache(name, versionOf(PACKAGES[name]), useCache));
    }
  }

  async run(bytes: Uint8Array, url: string): Promise<PageRun> {
    const key = PeerCache.keyOf(bytes, url);
    const t0 = performance.now();
    const page = domFromText(decodeHtml(bytes).text, url);
    const parseMs = performance.now() - t0;
    if (!page.ok) return { results: {}, parseMs, loadError: page.error };
    const results: PageRun['results'] = {};
    try {
      // Peers first, each on its own clone; ours last, on the page itself.
      for (const name of this.extractors.filter((n) => n !== 'ours')) {
        const cache = this.caches.get(name);
        const cached = cache?.get(key);
        const result = cached ?? await runExtractor(name, page.document, url);
        if (cached) this.hits++;
        else cache?.set(key, result);
        results[name] = result;
      }
      if (this.extractors.includes('ours')) results.ours = await runExtractor('ours', page.document, url);
    } finally {
      closePage(page);
    }
    return { results, parseMs };
  }

  /** Whether any peer's figures came from the cache (their times are then the times of an earlier run). */
  get cached(): boolean {
    return this.hits > 0;
  }

  flush(): void {
    for (const cache of this.caches.values()) cache.flush();
  }
}
