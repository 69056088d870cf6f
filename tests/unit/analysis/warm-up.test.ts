import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWarmUp } from '@/lib/analysis/warm-up';
import { handleMessage } from '@/lib/analysis/handle-message';
import { extractedPageSchema } from '@/lib/schema';
import { PolicyLensDb } from '@/lib/storage';
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

describe('warm-up message', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = new PolicyLensDb(`warm-test-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  test('answers ok at once, warms afterwards, touches neither tab nor database', async () => {
    const warmUp = vi.fn();
    const { deps, calls } = fakeDeps(db, makePage());
    expect(await handleMessage({ type: 'warm-up' }, { ...deps, warmUp })).toEqual({ kind: 'ok' });
    expect(warmUp).not.toHaveBeenCalled();
    await new Promise((tick) => setTimeout(tick, 5));
    expect(warmUp).toHaveBeenCalledOnce();
    expect(calls.extract).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });
});
