import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests build and serve the site; give them room on a 2-core machine running two
    // files at a time (a 4-second run-view test once passed 30 s there).
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores, one file at a time,
    // and the suite took 19.6 minutes, mostly waiting on npm installs, builds and browsers. Two
    // files at a time keep both cores busy (the site build is shared under a lock, siteBuild.ts).
    maxWorkers: 2,
    reporters: ['default'],
  },
});
