import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium (Debian's /usr/bin/chromium or CHROME_PATH) with dist/chrome loaded.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // One retry: about one full run in four, one test somewhere waits past 10 s for a view that a
    // toolbar click under load never opened (seen in export and read-aloud tests, not reproducible
    // alone). The open path's readiness handshake is what the reader-session issue (17) replaces;
    // until then a retried test still has to pass every assertion, and vitest reports the retry.
    retry: 1,
    hookTimeout: 60_000,
  },
});
