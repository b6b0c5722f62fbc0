import { defineConfig } from 'vitest/config';

// Unit tests run in Node. The real-browser suite (tests/e2e) has its own runner.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
