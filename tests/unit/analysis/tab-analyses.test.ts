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
  ])('while it runs: %s, whether a click or a popup asks', (_name, tabId, url, shared) => {
    const { analyses } = registry();
    const running = analyses.add(7, URL_A, analysis(), 'click');
    expect(analyses.running(tabId, url) === running).toBe(shared);
    expect(analyses.forPopup(tabId, url) === running).toBe(shared);
  });

  test('an analysis registered without a URL is shared with nobody', () => {
    const { analyses } = registry();
    analyses.add(7, undefined, analysis(), 'click');
    expect(analyses.forPopup(7, undefined)).toBeUndefined();
  });

  test(`one a click started that ended before its popup asked answers that popup (within ${KEEP_ENDED_MS} ms), once; never a new click`, async () => {
    const { analyses, advance } = registry();
    const done = analysis();
    analyses.add(7, URL_A, done, 'click');
    await done.end(EMPTY);
    expect(analyses.running(7, URL_A)).toBeUndefined();
    advance(KEEP_ENDED_MS);
    expect(analyses.forPopup(7, URL_A)).toBe(done);
    // Taken: a later popup (opened another way, the stored card maybe changed since) reads the page again.
    expect(analyses.forPopup(7, URL_A)).toBeUndefined();
  });

  test('an ended one nobody asked for is forgotten after the wait', async () => {
    const { analyses, advance } = registry();
    const done = analysis();
    analyses.add(7, URL_A, done, 'click');
    await done.end(EMPTY);
    advance(KEEP_ENDED_MS + 1);
    expect(analyses.forPopup(7, URL_A)).toBeUndefined();
  });

  test.each<[string, (a: RunningAnalysis) => void]>([
    ["a popup's own analysis (no click waits for it)", () => {}],
    ['a click\'s analysis its popup joined while it ran', () => {}],
  ])('once ended, %s answers no later popup', async (name) => {
    const { analyses } = registry();
    const done = analysis();
    analyses.add(7, URL_A, done, name.startsWith('a click') ? 'click' : 'popup');
    if (name.startsWith('a click')) expect(analyses.forPopup(7, URL_A)).toBe(done);
    await done.end(EMPTY);
    expect(analyses.forPopup(7, URL_A)).toBeUndefined();
  });

  test.each<[string, (a: ReturnType<typeof analysis>) => Promise<void>]>([
    ['an error result', (a) => a.end({ kind: 'error', message: "Couldn't read this page." })],
    ['a rejection', (a) => a.fail()],
  ])('one that ended with %s is forgotten at once, so the next request tries again', async (_name, end) => {
    const { analyses } = registry();
    const failed = analysis();
    analyses.add(7, URL_A, failed, 'click');
    await end(failed);
    expect(analyses.forPopup(7, URL_A)).toBeUndefined();
  });

  test("a newer analysis replaces the tab's older one, whose end no longer touches it", async () => {
    const { analyses } = registry();
    const old = analysis();
    analyses.add(7, URL_A, old, 'click');
    const fresh = analyses.add(7, URL_B, analysis(), 'click');
    await old.fail();
    expect(analyses.running(7, URL_B)).toBe(fresh);
    expect(analyses.forPopup(7, URL_A)).toBeUndefined();
  });

  test('only the 20 newest tabs are remembered', () => {
    const { analyses } = registry();
    const all = Array.from({ length: 25 }, (_, tab) => analyses.add(tab, URL_A, analysis(), 'click'));
    expect(analyses.running(0, URL_A)).toBeUndefined();
    expect(analyses.running(4, URL_A)).toBeUndefined();
    expect(analyses.running(5, URL_A)).toBe(all[5]);
    expect(analyses.running(24, URL_A)).toBe(all[24]);
  });
});
