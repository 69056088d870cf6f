/** Prefix of every mark, so the popup bench reads ours and nothing else. */
export const PERF_MARK_PREFIX = 'policy-lens:';

/**
 * Test builds only (`--mode e2e`): a named `performance.mark` on the click →
 * card path, which `npm run bench:popup` (tests/bench/popup-bench.ts) reads
 * from the popup and the service worker to split the time into phases. In
 * every other build the condition is a constant and the bundler drops the
 * call's body, so the shipped extension records nothing.
 */
export function perfMark(name: string): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(PERF_MARK_PREFIX + name);
}
