import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests build and serve the site; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
