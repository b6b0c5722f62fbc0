import { defineConfig } from 'vitest/config';

// Unit tests run in Node. The real-browser suite (tests/e2e) has its own runner.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A hang guard, not a speed assertion: on this shared 2-core machine under load a test that
    // spawns the CLI took over 20 s and a first import of the props schemas over 5 s. Tests that
    // explore big state spaces set their own, longer guard.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
