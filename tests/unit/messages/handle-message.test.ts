import { describe, expect, test } from 'vitest';
import { handleMessage } from '@/lib/analysis/handle-message';
import { analyzeResultSchema, wakeResultSchema } from '@/lib/messages';
import { PolicyLensDb, saveCard } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps, makePage } from '../analysis/fake-deps';
import { makeCard } from '../storage/make-card';

let db: PolicyLensDb;
useTestDb('handle-test', (fresh) => (db = fresh));

describe('handleMessage', () => {
  test('dispatches analyze-tab and answers with a schema-valid result', async () => {
    const { deps } = fakeDeps(db, makePage());
    const answer = await handleMessage({ type: 'analyze-tab', tabId: 1 }, deps);
    expect(analyzeResultSchema.parse(answer).kind).toBe('card');
  });

  test('answers wake at once without reading any page', async () => {
    const { deps, calls } = fakeDeps(db, makePage());
    expect(wakeResultSchema.parse(await handleMessage({ type: 'wake' }, deps))).toEqual({ kind: 'ok' });
    expect(calls.extract).toBe(0);
  });

  test('no longer answers the retired get-card message', async () => {
    const card = makeCard();
    await saveCard(db, card);
    const { deps } = fakeDeps(db, undefined);
    expect(await handleMessage({ type: 'get-card', id: card.id }, deps)).toMatchObject({ kind: 'error' });
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
