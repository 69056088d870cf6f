import { describe, expect, test, vi } from 'vitest';
import { createWarmUp } from '@/lib/analysis/warm-up';
import { handleMessage } from '@/lib/analysis/handle-message';
import { analyzeTab } from '@/lib/analysis/analyze-tab';
import { extractedPageSchema } from '@/lib/schema';
import { PolicyLensDb } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps, makePage } from './fake-deps';

describe('createWarmUp', () => {
  test('runs the engine once on a valid sample page, then never again', () => {
    const summarize = vi.fn();
    const warmUp = createWarmUp(summarize);
    warmUp();
    warmUp();
    expect(summarize).toHaveBeenCalledOnce();
    const page = summarize.mock.calls[0]?.[0];
    expect(extractedPageSchema.safeParse(page).success).toBe(true);
    for (const block of page.blocks) expect(page.text.slice(block.start, block.end).length).toBeGreaterThan(0);
  });

  test('swallows engine errors (speed only)', () => {
    const warmUp = createWarmUp(() => {
      throw new Error('boom');
    });
    expect(() => warmUp()).not.toThrow();
  });
});

describe('wake message and warm-up during extraction', () => {
  let db: PolicyLensDb;
  useTestDb('warm-test', (fresh) => (db = fresh));

  test('wake answers ok and touches neither tab nor database', async () => {
    const { deps, calls } = fakeDeps(db, makePage());
    expect(await handleMessage({ type: 'wake' }, deps)).toEqual({ kind: 'ok' });
    expect(calls.extract).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  test('analyzeTab warms the engine after starting the extraction, before it resolves', async () => {
    const order: string[] = [];
    let finish!: (page: unknown) => void;
    const { deps } = fakeDeps(db, makePage(), {
      extract: () => {
        order.push('extract started');
        return new Promise((ok) => (finish = ok));
      },
      warmUp: () => order.push('warm-up'),
    });
    const pending = analyzeTab({ type: 'analyze-tab', tabId: 1 }, deps);
    await new Promise((tick) => setTimeout(tick, 0));
    expect(order).toEqual(['extract started', 'warm-up']);
    finish(makePage());
    expect((await pending).kind).toBe('card');
  });

  test('no warm-up for a page refused up front', async () => {
    const warmUp = vi.fn();
    const { deps } = fakeDeps(db, makePage(), { getTabUrl: async () => 'chrome://newtab/', warmUp });
    await analyzeTab({ type: 'analyze-tab', tabId: 1 }, deps);
    expect(warmUp).not.toHaveBeenCalled();
  });
});
