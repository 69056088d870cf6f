// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone, so packs keep Blob bodies as in browsers.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PolicyLensDb, deleteCards, importCards, listDeleted, saveCard, undoDelete } from '@/lib/storage';
import { StorageError, storageReason, storageSentence } from '@/lib/errors/storage-error';
import { buildExportDocument } from '@/lib/transfer/export-format';
import { importFile } from '@/lib/transfer/import-file';
import { deleteWithUndo, openingNotice } from '@/components/library/undoable-delete';
import type { Notice } from '@/components/library/notice-bar';
import { makeCard } from './make-card';
import { byId, textSource } from '../support/import-source';
import { failingWrites, type FailingWrites } from '../support/failing-writes';

let db: PolicyLensDb;
let disk: FailingWrites;
beforeEach(async () => {
  db = new PolicyLensDb(`failing-${Math.random()}`);
  disk = failingWrites(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const cards = Array.from({ length: 40 }, (_, i) =>
  makeCard({ id: `c${i}`, service: { name: `Site ${i}`, domain: `s${i}.test` }, source: { url: `https://s${i}.test/p`, textHash: `h${i}` } }),
);
const everything = async () => byId(await db.cards.toArray());

describe('a full disk never loses a card, and says so in plain words', () => {
  // Each write step inside the transaction may be the one refused: all of them must roll back.
  // Deleting c0 and c32–c39 rewrites pack 1, drops pack 2 and adds a trash row: three writes.
  test.each([0, 1, 2])('delete refused after %i writes: every card stays, nothing in the trash', async (after) => {
    await importCards(db, cards);
    disk.fail('QuotaExceededError', after);
    const error = await deleteCards(db, ['c0', ...cards.slice(32).map((c) => c.id)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe('Your disk is full.');
    expect(storageSentence(error, 'nothing was deleted')).toBe('Your disk is full: nothing was deleted.');
    expect(disk.refused).toBe(1);
    disk.heal();
    expect(await everything()).toEqual(byId(cards));
    expect(await listDeleted(db)).toEqual([]);
  });

  // Undo appends the cards and removes the trash row: two writes.
  test.each([0, 1])('undo refused after %i writes: the cards stay in the trash; undo works once there is room', async (after) => {
    await importCards(db, cards);
    const deleted = await deleteCards(db, ['c1', 'c35']);
    const left = await everything();
    disk.fail('QuotaExceededError', after);
    await expect(undoDelete(db, deleted!.trashId)).rejects.toThrow('Your disk is full.');
    disk.heal();
    expect(await everything()).toEqual(left);
    expect(await listDeleted(db)).toEqual([{ trashId: deleted!.trashId, count: 2, names: ['Site 1', 'Site 35'] }]);
    expect(await undoDelete(db, deleted!.trashId)).toBe(2);
    expect(await everything()).toEqual(byId(cards));
  });

  test('save refused: the error is a plain sentence and the stored version is untouched', async () => {
    const old = makeCard({ engineVersion: '1.0.0' });
    await saveCard(db, old);
    disk.fail();
    const newer = { ...old, engineVersion: '2.0.0', policyScore: 0.1 };
    const error = await saveCard(db, newer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toBe('Your disk is full.');
    await expect(saveCard(db, makeCard({ source: { url: 'https://new.test/p' } }))).rejects.toThrow('Your disk is full.');
    disk.heal();
    expect(await everything()).toEqual([old]);
  });

  test('import refused: one sentence, the library unchanged', async () => {
    await importCards(db, cards.slice(0, 3));
    disk.fail();
    const file = JSON.stringify(buildExportDocument(cards.slice(3, 10)));
    expect(await importFile(db, textSource(file))).toEqual({ ok: false, error: 'Your disk is full.' });
    disk.heal();
    expect(await everything()).toEqual(byId(cards.slice(0, 3)));
    expect((await importFile(db, textSource(file))).ok).toBe(true);
    expect(await everything()).toEqual(byId(cards.slice(0, 10)));
  });
});

describe('the library says what happened to a delete and its Undo', () => {
  const notices: Notice[] = [];
  const show = (n: Notice) => void notices.push(n);
  beforeEach(() => void notices.splice(0));
  const settle = () => new Promise((r) => setTimeout(r, 50));

  test('a refused delete: "Your disk is full: nothing was deleted." and no Undo', async () => {
    await importCards(db, cards.slice(0, 2));
    disk.fail();
    await deleteWithUndo(db, ['c0'], 'Site 0', show);
    expect(notices).toEqual([{ kind: 'error', message: 'Your disk is full: nothing was deleted.' }]);
    disk.heal();
    expect(await db.cards.count()).toBe(2);
  });

  test('a refused Undo says it could not, keeps offering Undo, and the retry restores the card', async () => {
    await importCards(db, cards.slice(0, 2));
    await deleteWithUndo(db, ['c0'], 'Site 0', show);
    expect(notices[0]).toMatchObject({ kind: 'info', message: 'Deleted Site 0.' });
    disk.fail();
    notices[0]!.undo!();
    await settle();
    expect(notices[1]).toMatchObject({
      kind: 'error',
      message: 'Your disk is full: Site 0 could not be put back. Nothing is lost: free some space, then press Undo again.',
      trash: notices[0]!.trash,
    });
    disk.heal();
    notices[1]!.undo!();
    await settle();
    expect(notices[2]).toEqual({ kind: 'info', message: 'Restored Site 0.' });
    expect(await everything()).toEqual(byId(cards.slice(0, 2)));
  });

  test('opening the library offers Undo for deletes left in the trash, and counts cards set aside', async () => {
    await importCards(db, cards.slice(0, 2));
    await deleteCards(db, ['c1']);
    await db.aside.add({ from: 'v1 card', reason: 'no id', row: {}, setAsideAt: '2026-01-01T00:00:00.000Z' });
    const notice = await openingNotice(db, show);
    expect(notice).toMatchObject({
      kind: 'info',
      message: '1 saved card could not be read and was set aside. You deleted Site 1; it can still be put back.',
    });
    notice!.undo!();
    await settle();
    expect(notices.at(-1)).toEqual({ kind: 'info', message: 'Restored Site 1.' });
    expect(await everything()).toEqual(byId(cards.slice(0, 2)));
  });
});

describe('storage errors in plain words', () => {
  test.each([
    ['QuotaExceededError', 'your disk is full'],
    ['InvalidStateError', 'the library’s storage is not available right now'],
    ['VersionError', 'a newer Policy Lens changed the library; reload this page'],
    ['DataCloneError', 'the browser could not store these cards'],
    ['UnknownError', 'the browser could not write to the library'],
  ])('%s → "%s"', (name, reason) => {
    expect(storageReason(new DOMException('raw message', name))).toBe(reason);
    // Wrapped the way Dexie wraps a failed transaction, the cause still decides.
    expect(storageReason({ name: 'AbortError', inner: new DOMException('x', name) })).toBe(name === 'UnknownError' ? reason : reason);
    expect(new StorageError(new DOMException('raw', name)).message).not.toMatch(/Error|raw/);
  });
});

describe('the popup says a save failed in plain words', () => {
  test('analyzeTab with a full disk: "Your disk is full: the card could not be saved." and nothing stored', async () => {
    const { analyzeTab } = await import('@/lib/analysis/analyze-tab');
    const { fakeDeps, makePage } = await import('../analysis/fake-deps');
    disk.fail();
    const { deps } = fakeDeps(db, makePage());
    expect(await analyzeTab({ type: 'analyze-tab', tabId: 7 }, deps)).toEqual({
      kind: 'error',
      message: 'Your disk is full: the card could not be saved.',
    });
    disk.heal();
    expect(await db.cards.count()).toBe(0);
  });
});
