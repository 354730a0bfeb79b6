// The chunk policy (scripts/build/chunk-policy.ts): every module it places still exists where it says (a
// move would otherwise quietly give that module a chunk of its own again), each is placed once, and each
// role's test matches its modules' ids, with either slash, and nothing that merely contains their names.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_ROLES, chunkGroups, roleTest } from '../../../scripts/build/chunk-policy';

const ROOT = resolve(__dirname, '../../..');
const files = CHUNK_ROLES.flatMap((role) => role.modules.filter((m) => m.startsWith('src/')).map((m) => [role.chunk, m] as const));

describe('the chunk policy', () => {
  it.each(files)('%s: %s exists', (_, path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });

  it('places each module in one role only, and names each role once', () => {
    const all = CHUNK_ROLES.flatMap((role) => role.modules);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(CHUNK_ROLES.map((role) => role.chunk)).size).toBe(CHUNK_ROLES.length);
  });

  it("matches its modules' ids on either platform, and not their namesakes", () => {
    for (const role of CHUNK_ROLES) {
      const test = roleTest(role);
      for (const path of role.modules.filter((m) => m.startsWith('src/'))) {
        expect(test.test(`/work/repo/${path}`), path).toBe(true);
        expect(test.test(`C:\\repo\\${path.replaceAll('/', '\\')}`), path).toBe(true);
        expect(test.test(`/work/repo/${path}.map`), path).toBe(false);
        expect(test.test(`/work/repo/${path.replace(/^src\//, 'src/other/')}`), path).toBe(false);
      }
    }
    expect(roleTest(CHUNK_ROLES.find((r) => r.chunk === 'protocol')!).test('\0vite/preload-helper.js')).toBe(true);
    expect(chunkGroups().map((g) => g.name)).toEqual(CHUNK_ROLES.map((r) => r.chunk));
  });
});
