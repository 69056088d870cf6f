// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handleMessage } from '@/lib/analysis/handle-message';
import { runsInSlices, slicedPace } from '@/lib/analysis/pace';
import type { AnalyzeTabDeps } from '@/lib/analysis/analyze-tab';
import { summarize } from '@/lib/engine';
import { summarizeAsync } from '@/lib/engine/summarize-async';
import { pageFromText } from '@/lib/cli/read-input';
import type { ExtractedPage } from '@/lib/schema';
import type { AnalyzeResult } from '@/lib/messages';
import { PolicyLensDb } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps } from './fake-deps';

/**
 * "One slow analysis must not block another tab's": a long analysis (a real
 * policy repeated to 400k characters) is under way in the background when
 * another tab asks for a short one. With the background's engine
 * (`summarizeAsync`, sliced) the short one is answered (extracted, analysed,
 * saved) while the long one is still being analysed; with the engine in one
 * piece (`summarize`) it cannot even start before the long analysis ends,
 * which is what the control case shows (so the test tells the two apart).
 * Ordering only, no wall-clock thresholds.
 */
let db: PolicyLensDb;
useTestDb('concurrent-test', (fresh) => (db = fresh));

const FIXTURES = join(__dirname, '../../regression/fixtures');
const POLICY = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8')).join('\n\n');
const LONG = pageFromText(POLICY.repeat(Math.ceil(400_000 / POLICY.length)).slice(0, 400_000), 'https://long.example/privacy');
const SHORT = pageFromText('Privacy Policy\nWe collect your email address when you sign up. We do not sell your personal information.', 'https://short.example/privacy');
const TABS: Record<number, ExtractedPage> = { 1: LONG, 2: SHORT };

test('the long page is analysed in slices, the short one in one piece', () => {
  expect([runsInSlices(LONG.text.length), runsInSlices(SHORT.text.length)]).toEqual([true, false]);
});

// The background yields with a MessageChannel (no timer clamp in Chromium; tests/e2e/two-tabs.e2e.test.ts runs it there).
// Node drains a MessagePort's messages before its timers, so here the same slices yield with setImmediate: a new task.
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
const ENGINES: Array<[string, AnalyzeTabDeps['summarize'], string[]]> = [
  // As lib/analysis/browser-deps.ts chooses: the long page in slices, the short one in one piece.
  [
    'the background engine (sliced)',
    (page, options) => (runsInSlices(page.text.length) ? summarizeAsync(page, options, slicedPace(yieldNow, () => performance.now())) : summarize(page, options)),
    ['short answered', 'long analysed'],
  ],
  ['control: the engine in one piece', summarize, ['long analysed', 'short answered']],
];

describe.each(ENGINES)('two tabs at once, %s', (_name, engine, expected) => {
  test(`a short analysis sent while a long one runs: ${expected.join(', then ')}`, async () => {
    let longStarted!: () => void;
    const started = new Promise<void>((resolve) => (longStarted = resolve));
    const { deps } = fakeDeps(db, undefined, {
      getTabUrl: async (tabId) => TABS[tabId]!.url,
      extract: async (tabId) => TABS[tabId],
      summarize: (page, options) => {
        if (page.url !== LONG.url) return engine(page, options);
        longStarted();
        const card = engine(page, options);
        void Promise.resolve(card).then(() => done.push('long analysed'));
        return card;
      },
    });
    const done: string[] = [];
    const answers: Record<string, Promise<unknown>> = {};
    answers.long = handleMessage({ type: 'analyze-tab', tabId: 1, force: true }, deps);
    // The second tab asks once the long analysis is in the engine (as a click in another tab would arrive: a new task).
    await started;
    await new Promise((resolve) => setTimeout(resolve, 0));
    answers.short = handleMessage({ type: 'analyze-tab', tabId: 2, force: true }, deps).then((a) => (done.push('short answered'), a));
    const [long, short] = (await Promise.all([answers.long, answers.short])) as AnalyzeResult[];
    expect(long!.kind).toBe('card');
    expect(short!.kind).toBe('card');
    expect(done).toEqual(expected);
  }, 120_000);
});
