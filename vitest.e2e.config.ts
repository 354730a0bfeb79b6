import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium (Debian's /usr/bin/chromium or CHROME_PATH) with dist/chrome loaded.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
