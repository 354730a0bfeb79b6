// A peer extractor's output on a page depends only on the peer's version and the page's bytes, and
// Defuddle under jsdom takes seconds a page: its results (text and the time it took when it ran) are kept
// in node_modules/.cache/sift-bench/, one JSON file per peer and version, keyed by the SHA-1 of the bytes.
// `bench:extract -- --no-cache` runs every peer afresh (and so times every extractor in the same run).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from './extractors';

const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/.cache/sift-bench');

export class PeerCache {
  private readonly path: string;
  private readonly entries: Record<string, RunResult>;
  private dirty = 0;

  constructor(peer: string, version: string, readonly enabled: boolean) {
    this.path = join(CACHE_DIR, `${peer}-${version}.json`);
    this.entries = enabled && existsSync(this.path) ? safeRead(this.path) : {};
  }

  static keyOf(bytes: Uint8Array, url: string): string {
    return createHash('sha1').update(bytes).update('\u0000').update(url).digest('hex');
  }

  get(key: string): RunResult | undefined {
    return this.enabled ? this.entries[key] : undefined;
  }

  set(key: string, result: RunResult): void {
    if (!this.enabled || result.error) return;
    this.entries[key] = { text: result.text, ms: result.ms };
    if (++this.dirty >= 50) this.flush();
  }

  flush(): void {
    if (!this.enabled || !this.dirty) return;
    mkdirSync(CACHE_DIR, { recursive: true });
    // Another run may have added entries since this one read the file: merge, never drop them.
    if (existsSync(this.path)) for (const [key, value] of Object.entries(safeRead(this.path))) this.entries[key] ??= value;
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.entries));
    renameSync(tmp, this.path);
    this.dirty = 0;
  }
}

function safeRead(path: string): Record<string, RunResult> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, RunResult>;
  } catch {
    return {}; // A cache that cannot be read is rebuilt.
  }
}
