import { describe, expect, test } from 'vitest';
import { handleMessage, type WorkerDeps } from '@/lib/analysis/handle-message';
import { createPendingSaves } from '@/lib/analysis/pending-saves';
import { tabAnalysis } from '@/lib/analysis/tab-analysis';
import { createTabAnalyses } from '@/lib/analysis/tab-analyses';
import { analyzeResultSchema, type CardResult } from '@/lib/messages';
import type { PolicyLensDb } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps, makePage } from './fake-deps';

/**
 * The toolbar click starts the analysis (lib/analysis/action-click.ts); the
 * popup's `analyze-tab` request, ~100 ms later, joins it instead of reading
 * the page a second time (lib/analysis/tab-analysis.ts, handle-message.ts).
 */
let db: PolicyLensDb;
useTestDb('click-join', (fresh) => (db = fresh));

const PAGE = makePage();
const request = { type: 'analyze-tab', tabId: 7 } as const;

/** The worker's deps as the Chrome build wires them, with an extraction the test releases by hand. */
function chromeWorker(overrides: Partial<WorkerDeps> = {}) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const shown: number[] = [];
  const { deps: base, calls } = fakeDeps(db, PAGE, {
    extract: async () => {
      calls.extract += 1;
      await released;
      return PAGE;
    },
  });
  const deps: WorkerDeps = { ...base, saves: createPendingSaves(), analyses: createTabAnalyses(), popupShown: (tabId) => void shown.push(tabId), ...overrides };
  /** What the click handler's `analyze` does. */
  const click = (url = PAGE.url) => tabAnalysis(request, url, deps, 'click');
  return { deps, calls, release, click, shown };
}

describe("the popup's request joins the analysis its click started", () => {
  test('the page is read once; the popup gets the card, and its save is confirmed', async () => {
    const { deps, calls, release, click, shown } = chromeWorker();
    click();
    const answer = handleMessage(request, deps);
    release();
    const card = analyzeResultSchema.parse(await answer) as CardResult;
    expect(card).toMatchObject({ kind: 'card', origin: 'analyzed', saveId: expect.any(String) });
    expect(calls.extract).toBe(1);
    expect(calls.summarize).toBe(1);
    expect(await handleMessage({ type: 'save-status', saveId: card.saveId! }, deps)).toEqual({ kind: 'saved' });
    expect(shown).toEqual([7]);
  });

  test('a second click while it runs joins it too', async () => {
    const { deps, calls, release, click } = chromeWorker();
    const first = click();
    expect(click()).toBe(first);
    const answer = handleMessage(request, deps);
    release();
    expect((await answer).kind).toBe('card');
    expect(calls.extract).toBe(1);
  });

  test('two popups waiting for one analysis each get a save id of their own, and each is told the save ended', async () => {
    const { deps, release, click } = chromeWorker();
    click();
    const answers = [handleMessage(request, deps), handleMessage(request, deps)];
    release();
    const [a, b] = (await Promise.all(answers)) as CardResult[];
    expect(a!.saveId).not.toBe(b!.saveId);
    for (const saveId of [a!.saveId!, b!.saveId!]) expect(await handleMessage({ type: 'save-status', saveId }, deps)).toEqual({ kind: 'saved' });
  });

  test('a popup that asks after the analysis ended (a quick one) still gets its answer, without reading the page again', async () => {
    const { deps, calls, release, click } = chromeWorker();
    const running = click();
    release();
    await running.final;
    expect((await handleMessage(request, deps)).kind).toBe('card');
    expect(calls.extract).toBe(1);
  });
});

describe('the popup reads the page itself', () => {
  test('when the tab navigated after the click (another URL now)', async () => {
    const { deps, calls, release, click } = chromeWorker();
    click('https://example.com/old-page');
    const answer = handleMessage(request, deps);
    release();
    await answer;
    expect(calls.extract).toBe(2);
  });

  test('with "Analyse anyway" (force), which never joins', async () => {
    const { deps, calls, release, click } = chromeWorker();
    click();
    const answer = handleMessage({ ...request, force: true }, deps);
    release();
    await answer;
    expect(calls.extract).toBe(2);
  });

  test("when the click's analysis failed (the page was still loading): the popup's request tries again", async () => {
    let attempts = 0;
    const { deps, click } = chromeWorker({
      extract: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Frame with ID 0 was removed.');
        return PAGE;
      },
    });
    expect((await click().final).kind).toBe('error');
    expect((await handleMessage(request, deps)).kind).toBe('card');
    expect(attempts).toBe(2);
  });

  test("when another popup's analysis of the same page already ended (the stored card may have changed since)", async () => {
    const { deps, calls, release } = chromeWorker();
    release();
    const first = (await handleMessage(request, deps)) as CardResult;
    // Its save ended: the analysis is over.
    expect(await handleMessage({ type: 'save-status', saveId: first.saveId! }, deps)).toEqual({ kind: 'saved' });
    expect((await handleMessage(request, deps)).kind).toBe('card');
    expect(calls.extract).toBe(2);
  });

  test('in the Firefox build (no click handler: no registry), every request reads the page', async () => {
    const { deps, calls, release } = chromeWorker({ analyses: undefined, popupShown: undefined });
    const answers = [handleMessage(request, deps), handleMessage(request, deps)];
    release();
    await Promise.all(answers);
    expect(calls.extract).toBe(2);
  });
});
