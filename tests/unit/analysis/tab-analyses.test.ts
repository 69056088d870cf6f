// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createTabAnalyses, KEEP_ENDED_MS } from '@/lib/analysis/tab-analyses';
import type { RunningAnalysis } from '@/lib/analysis/pending-saves';
import type { AnalyzeResult } from '@/lib/messages';

/** An analysis the test ends by hand. */
function analysis(): RunningAnalysis & { end(result: AnalyzeResult): Promise<void>; fail(): Promise<void> } {
  let settle!: (result: AnalyzeResult) => void;
  let reject!: (error: Error) => void;
  const final = new Promise<AnalyzeResult>((resolve, fail) => ((settle = resolve), (reject = fail)));
  final.catch(() => {});
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const first = final.then((result) => ({ result, saving: false as const }));
  first.catch(() => {});
  return {
    first,
    final,
    end: (result) => (settle(result), tick()),
    fail: () => (reject(new Error('gone')), tick()),
  };
}

const URL_A = 'https://example.com/privacy';
const URL_B = 'https://example.com/terms';
const EMPTY: AnalyzeResult = { kind: 'empty' };

function registry() {
  let now = 1_000;
  const analyses = createTabAnalyses(() => now);
  return { analyses, advance: (ms: number) => (now += ms) };
}

describe('the analyses under way, by tab', () => {
  test.each<[string, number, string | undefined, boolean]>([
    ['the same tab at the same URL gets it', 7, URL_A, true],
    ['the same tab at another URL (it navigated) does not', 7, URL_B, false],
    ['another tab at the same URL does not', 8, URL_A, false],
    ['a tab whose URL is hidden does not (the page can not be known to be the same)', 7, undefined, false],
  ])('%s', (_name, tabId, url, shared) => {
    const { analyses } = registry();
    const running = analyses.add(7, URL_A, analysis());
    expect(analyses.find(tabId, url, { ended: false }) === running).toBe(shared);
  });

  test('an analysis registered without a URL is shared with nobody', () => {
    const { analyses } = registry();
    analyses.add(7, undefined, analysis());
    expect(analyses.find(7, undefined, { ended: true })).toBeUndefined();
  });

  test(`an ended one answers the popup (ended: true) for ${KEEP_ENDED_MS} ms, never a new click (ended: false)`, async () => {
    const { analyses, advance } = registry();
    const done = analysis();
    analyses.add(7, URL_A, done);
    await done.end(EMPTY);
    expect(analyses.find(7, URL_A, { ended: false })).toBeUndefined();
    advance(KEEP_ENDED_MS);
    expect(analyses.find(7, URL_A, { ended: true })).toBe(done);
    advance(1);
    expect(analyses.find(7, URL_A, { ended: true })).toBeUndefined();
  });

  test.each<[string, (a: ReturnType<typeof analysis>) => Promise<void>]>([
    ['an error result', (a) => a.end({ kind: 'error', message: "Couldn't read this page." })],
    ['a rejection', (a) => a.fail()],
  ])('one that ended with %s is forgotten at once, so the next request tries again', async (_name, end) => {
    const { analyses } = registry();
    const failed = analysis();
    analyses.add(7, URL_A, failed);
    await end(failed);
    expect(analyses.find(7, URL_A, { ended: true })).toBeUndefined();
  });

  test("a newer analysis replaces the tab's older one, whose end no longer touches it", async () => {
    const { analyses } = registry();
    const old = analysis();
    analyses.add(7, URL_A, old);
    const fresh = analyses.add(7, URL_B, analysis());
    await old.fail();
    expect(analyses.find(7, URL_B, { ended: false })).toBe(fresh);
    expect(analyses.find(7, URL_A, { ended: true })).toBeUndefined();
  });

  test('only the 20 newest tabs are remembered', () => {
    const { analyses } = registry();
    const all = Array.from({ length: 25 }, (_, tab) => analyses.add(tab, URL_A, analysis()));
    expect(analyses.find(0, URL_A, { ended: false })).toBeUndefined();
    expect(analyses.find(4, URL_A, { ended: false })).toBeUndefined();
    expect(analyses.find(5, URL_A, { ended: false })).toBe(all[5]);
    expect(analyses.find(24, URL_A, { ended: false })).toBe(all[24]);
  });
});
