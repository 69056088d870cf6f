import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Dexie } from 'dexie';
import { handleMessage } from '@/lib/analysis/handle-message';
import { createPendingSaves } from '@/lib/analysis/pending-saves';
import { analyzeResultSchema, saveStatusResultSchema, type CardResult } from '@/lib/messages';
import { getCard, PolicyLensDb } from '@/lib/storage';
import { failingWrites, type FailingWrites } from '../support/failing-writes';
import { fakeDeps, makePage } from './fake-deps';

/**
 * The worker answers the popup with a new card before writing it (the card
 * never waits for IndexedDB), and the popup then asks `save-status` how the
 * write ended, so a failed save is still said (issue 11).
 */

/** Notes every write of `db` the moment it is asked for (a Dexie DBCore middleware, where IndexedDB would be). */
function loggedWrites(db: Dexie): string[] {
  const log: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'logged-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (req) => (log.push(`${name} ${req.type}`), table.mutate(req)) };
      },
    }),
  });
  return log;
}

let db: PolicyLensDb;
let writes: string[];
let disk: FailingWrites;
beforeEach(async () => {
  db = new PolicyLensDb(`early-${Math.random()}`);
  writes = loggedWrites(db);
  disk = failingWrites(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const analyze = { type: 'analyze-tab', tabId: 7 } as const;
const withSaves = (page = makePage(), overrides = {}) => ({ ...fakeDeps(db, page, overrides).deps, saves: createPendingSaves() });

describe('the card is answered before it is saved', () => {
  test('the answer comes before any write is asked for; save-status says "saved" once it is written, and the stored card is the one shown', async () => {
    const deps = withSaves();
    const answer = analyzeResultSchema.parse(await handleMessage(analyze, deps)) as CardResult;
    expect(answer).toMatchObject({ kind: 'card', origin: 'analyzed' });
    expect(answer.saveId).toEqual(expect.any(String));
    expect(writes).toEqual([]);
    expect(saveStatusResultSchema.parse(await handleMessage({ type: 'save-status', saveId: answer.saveId }, deps))).toEqual({ kind: 'saved' });
    expect(writes).toEqual(['packs put']);
    expect(await getCard(db, answer.card.id)).toEqual(answer.card);
  });

  test('a full disk: the card is still shown, and save-status says in plain words that it was not saved', async () => {
    const deps = withSaves();
    disk.fail();
    const answer = (await handleMessage(analyze, deps)) as CardResult;
    expect(answer.kind).toBe('card');
    expect(await handleMessage({ type: 'save-status', saveId: answer.saveId! }, deps)).toEqual({
      kind: 'error',
      message: 'Your disk is full: the card could not be saved.',
    });
    disk.heal();
    expect(await db.cards.count()).toBe(0);
  });

  test('a card from an older engine is shown under the id it is saved under', async () => {
    const first = withSaves();
    const old = (await handleMessage(analyze, first)) as CardResult;
    await handleMessage({ type: 'save-status', saveId: old.saveId! }, first);
    const upgraded = withSaves(makePage(), {
      engineVersion: '2.0.0',
      summarize: (page: Parameters<typeof first.summarize>[0], options: Parameters<typeof first.summarize>[1]) => ({
        ...(first.summarize(page, options) as CardResult['card']),
        id: 'a-fresh-id',
        engineVersion: '2.0.0',
      }),
    });
    const answer = (await handleMessage(analyze, upgraded)) as CardResult;
    expect(answer.card.id).toBe(old.card.id);
    expect(await handleMessage({ type: 'save-status', saveId: answer.saveId! }, upgraded)).toEqual({ kind: 'saved' });
    expect((await getCard(db, old.card.id))?.engineVersion).toBe('2.0.0');
    expect(await db.cards.count()).toBe(1);
  });

  test('a card already stored is answered as it was, with nothing to save', async () => {
    const deps = withSaves();
    const first = (await handleMessage(analyze, deps)) as CardResult;
    await handleMessage({ type: 'save-status', saveId: first.saveId! }, deps);
    const again = (await handleMessage(analyze, deps)) as CardResult;
    expect(again).toMatchObject({ kind: 'card', origin: 'saved' });
    expect(again.saveId).toBeUndefined();
  });

  test('asking twice, or about an id never given, gets a sentence rather than a guess', async () => {
    const deps = withSaves();
    const answer = (await handleMessage(analyze, deps)) as CardResult;
    expect(await handleMessage({ type: 'save-status', saveId: answer.saveId! }, deps)).toEqual({ kind: 'saved' });
    for (const saveId of [answer.saveId!, 'save-999']) {
      expect(await handleMessage({ type: 'save-status', saveId }, deps)).toMatchObject({ kind: 'error', message: expect.stringMatching(/open the library/) });
    }
  });

  test('without somewhere to keep the outcome, the answer waits for the save as before', async () => {
    const { deps } = fakeDeps(db, makePage());
    const answer = (await handleMessage(analyze, deps)) as CardResult;
    expect(answer.saveId).toBeUndefined();
    expect(await db.cards.count()).toBe(1);
  });
});

describe('pending saves', () => {
  test('only the newest 20 are remembered (a popup closed before asking leaks nothing)', async () => {
    const saves = createPendingSaves();
    const ok = Promise.resolve({ kind: 'card' } as CardResult);
    const ids = Array.from({ length: 25 }, () => saves.track(ok));
    expect(await saves.outcome(ids[0]!)).toMatchObject({ kind: 'error' });
    expect(await saves.outcome(ids[24]!)).toEqual({ kind: 'saved' });
    expect(await saves.outcome(ids[5]!)).toEqual({ kind: 'saved' });
  });
});
