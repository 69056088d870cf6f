import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { TIMING_TESTS } from './vitest.config';

// Tests that measure time (scaling ratios, the engine's speed, recheck's linear
// timings) run after the rest, one file at a time: on a 2-core box the other
// test files running beside them would be measured too.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: TIMING_TESTS,
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
