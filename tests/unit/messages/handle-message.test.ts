import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handleMessage } from '@/lib/analysis/handle-message';
import { analyzeResultSchema, getCardResultSchema } from '@/lib/messages';
import { PolicyLensDb, saveCard } from '@/lib/storage';
import { fakeDeps, makePage } from '../analysis/fake-deps';
import { makeCard } from '../storage/make-card';

let db: PolicyLensDb;
beforeEach(async () => {
  db = new PolicyLensDb(`handle-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('handleMessage', () => {
  test('dispatches analyze-tab and answers with a schema-valid result', async () => {
    const { deps } = fakeDeps(db, makePage());
    const answer = await handleMessage({ type: 'analyze-tab', tabId: 1 }, deps);
    expect(analyzeResultSchema.parse(answer).kind).toBe('card');
  });

  test('answers get-card from the database', async () => {
    const card = makeCard();
    await saveCard(db, card);
    const { deps } = fakeDeps(db, undefined);
    expect(getCardResultSchema.parse(await handleMessage({ type: 'get-card', id: card.id }, deps))).toEqual({
      kind: 'found',
      card,
    });
    expect(await handleMessage({ type: 'get-card', id: 'nope' }, deps)).toEqual({ kind: 'missing' });
  });

  test.each([undefined, {}, { type: 'analyze-tab', tabId: 'x' }, { type: 'unknown' }])(
    'answers %j with an error instead of throwing',
    async (raw) => {
      const { deps, calls } = fakeDeps(db, makePage());
      expect(await handleMessage(raw, deps)).toMatchObject({ kind: 'error' });
      expect(calls.extract).toBe(0);
    },
  );
});
