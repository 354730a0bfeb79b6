import { defineConfig } from 'vitest/config';

// Unit tests: Node + jsdom, no browser. The e2e suite has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
