import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Timing tests run on their own afterwards (vitest.timing.config.ts). */
export const TIMING_TESTS = ['tests/engine/scaling.test.ts', 'tests/engine/performance.test.ts', 'tests/rules/recheck.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**', ...TIMING_TESTS],
  },
});
