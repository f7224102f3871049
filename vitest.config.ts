import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The build test runs a real `astro build`; it is slow but not timed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
