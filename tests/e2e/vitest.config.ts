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
    // A hang guard, not a speed assertion (timings are reported, never asserted). Under load the
    // axe pass over a full lab page took 58-60 s on this 2-core machine with ~17 runnable
    // processes, so the guard sits well above that.
    testTimeout: 180_000,
    // expect.poll waits for the page to catch up; its 1 s default is a speed assertion in
    // disguise on a loaded machine, so it gets the same kind of guard.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    reporters: [new SummaryReporter(), 'default'],
  },
});
