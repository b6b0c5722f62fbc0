import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './lib/reporter';

// The real-browser suite: runs against dist/, so `astro build` must come first (npm test does).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // One browser per file and one page at a time: the machine has 2 cores, and parallel pages
    // would make the JS-until-network-idle figures noisy.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: [new SummaryReporter(), 'default'],
  },
});
