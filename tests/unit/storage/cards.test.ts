import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  PolicyLensDb,
  deleteCards,
  forgetDeleted,
  listDeleted,
  undoDelete,
  findByUrlAndHash,
  findLatestByUrl,
  importCards,
  listLatestCards,
  listVersions,
  restoreCards,
  saveCard,
} from '@/lib/storage';
import { makeCard } from './make-card';

let db: PolicyLensDb;

beforeEach(async () => {
  db = new PolicyLensDb(`cards-test-${Math.random()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('saveCard', () => {
  test('a first card for a URL is new and stored', async () => {
    const card = makeCard();
    const result = await saveCard(db, card);
    expect(result.outcome).toBe('new');
    expect(await db.cards.get(card.id)).toEqual(card);
  });

  test('the same url + hash + engine is unchanged and keeps the stored card', async () => {
    const first = makeCard({ analyzedAt: '2024-01-01T00:00:00.000Z' });
    await saveCard(db, first);
    const again = { ...first, analyzedAt: '2024-06-01T00:00:00.000Z' };
    const result = await saveCard(db, again);
    expect(result.outcome).toBe('unchanged');
    expect(result.card.analyzedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(await db.cards.count()).toBe(1);
  });

  test('the same url + hash with another engine version is reanalyzed in place', async () => {
    const first = makeCard({ engineVersion: '1.0.0' });
    await saveCard(db, first);
    const newer = { ...first, id: 'other-id', engineVersion: '2.0.0', policyScore: 0.5 };
    const result = await saveCard(db, newer);
    expect(result.outcome).toBe('reanalyzed');
    expect(result.card.id).toBe(first.id);
    const stored = await db.cards.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.engineVersion).toBe('2.0.0');
    expect(stored[0]?.policyScore).toBe(0.5);
  });

  test('another hash for a known URL is a new version beside the old one', async () => {
    const v1 = makeCard({ source: { textHash: 'aaa' }, analyzedAt: '2024-01-01T00:00:00.000Z' });
    const v2 = makeCard({ source: { textHash: 'bbb' }, analyzedAt: '2024-02-01T00:00:00.000Z' });
    await saveCard(db, v1);
    const result = await saveCard(db, v2);
    expect(result.outcome).toBe('new-version');
    const versions = await listVersions(db, v1.source.url);
    expect(versions.map((c) => c.source.textHash)).toEqual(['bbb', 'aaa']);
    expect((await findLatestByUrl(db, v1.source.url))?.source.textHash).toBe('bbb');
    expect((await findByUrlAndHash(db, v1.source.url, 'aaa'))?.id).toBe(v1.id);
    expect(await listLatestCards(db)).toHaveLength(1);
  });
});

describe('importCards', () => {
  test('skips cards already stored and duplicates inside the batch', async () => {
    const stored = makeCard({ source: { url: 'https://a.test/p', textHash: 'x' } });
    await saveCard(db, stored);
    const fresh = makeCard({ source: { url: 'https://b.test/p', textHash: 'y' } });
    const copyOfStored = { ...stored, id: 'different-id' };
    const result = await importCards(db, [copyOfStored, fresh, { ...fresh, id: 'dup-in-batch' }]);
    expect(result).toEqual({ imported: 1, skipped: 2 });
    expect(await db.cards.count()).toBe(2);
  });

  test('is all or nothing: one failing card leaves the table untouched', async () => {
    const existing = makeCard({ id: 'taken', source: { url: 'https://a.test/p', textHash: 'x' } });
    await saveCard(db, existing);
    const good = makeCard({ source: { url: 'https://b.test/p', textHash: 'y' } });
    // Same primary key as a stored card but another url+hash: bulkAdd rejects it.
    const clash = makeCard({ id: 'taken', source: { url: 'https://c.test/p', textHash: 'z' } });
    await expect(importCards(db, [good, clash])).rejects.toThrow();
    expect(await db.cards.count()).toBe(1);
    expect(await db.cards.get(good.id)).toBeUndefined();
  });
});

describe('deleteCards, undoDelete and restoreCards', () => {
  test('delete moves the cards to the trash; undo brings them back and empties it', async () => {
    const a = makeCard({ source: { url: 'https://a.test/p' } });
    const b = makeCard({ source: { url: 'https://b.test/p' } });
    await saveCard(db, a);
    await saveCard(db, b);
    const removed = await deleteCards(db, [a.id, 'missing-id']);
    expect(removed?.count).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(await listDeleted(db)).toEqual([{ trashId: removed!.trashId, count: 1, names: ['Example'] }]);
    expect(await undoDelete(db, removed!.trashId)).toBe(1);
    expect(await db.cards.get(a.id)).toEqual(a);
    expect(await db.cards.count()).toBe(2);
    expect(await listDeleted(db)).toEqual([]);
    expect(await undoDelete(db, removed!.trashId)).toBe(0);
  });

  test('deleting ids that are not stored writes nothing', async () => {
    expect(await deleteCards(db, ['missing'])).toBeUndefined();
    expect(await db.trash.count()).toBe(0);
  });

  test('forgetDeleted empties the trash for good', async () => {
    const a = makeCard();
    await saveCard(db, a);
    const removed = await deleteCards(db, [a.id]);
    await forgetDeleted(db, removed!.trashId);
    expect(await undoDelete(db, removed!.trashId)).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  test('restoreCards puts cards back from their objects', async () => {
    const a = makeCard();
    await restoreCards(db, [a]);
    expect(await db.cards.get(a.id)).toEqual(a);
  });
});
