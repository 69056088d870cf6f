// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone, so packs have Blob bodies as in browsers.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { PolicyLensDb, countSetAside, listSummaries } from '@/lib/storage';
import { summarizeCard } from '@/lib/card-facts/summary';
import { makeCard, makeFinding } from './make-card';
import { byId } from '../support/import-source';

const V1 = { cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt' };
const V2 = { cards: null, summaries: 'id, [url+textHash]', packs: 'id' };

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const good = () => [
  makeCard({ id: 'good-1', source: { url: 'https://a.test/p', textHash: 'a' }, findings: [makeFinding()] }),
  makeCard({ id: 'good-2', source: { url: 'https://b.test/p', textHash: 'b' } }),
];

async function openCurrent(name: string): Promise<PolicyLensDb> {
  const db = new PolicyLensDb(name);
  opened.push(db);
  await db.open();
  return db;
}

// Rows an old build (or a bug, or a hand edit) could have left: each one once made the upgrade throw.
const BAD_V1_ROWS: Array<[string, Record<string, unknown>]> = [
  ['findings is not a list', { ...makeCard({ id: 'bad' }), findings: 5 }],
  ['no source', { id: 'bad', service: { name: 'X', domain: 'x' }, analyzedAt: 'x', findings: [] }],
  ['a finding value that is not text', { ...makeCard({ id: 'bad' }), findings: [{ ...makeFinding({ section: 'retention', id: 'stated', status: 'yes' }), value: 7 }] }],
  ['just an id', { id: 'bad' }],
];

describe('upgrades set unreadable rows aside', () => {
  test.each(BAD_V1_ROWS)('v1 row with %s: the readable cards open, the bad one is set aside and counted', async (_why, bad) => {
    const name = `aside-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    const cards = good();
    await v1.table('cards').bulkAdd([cards[0], bad, cards[1]]);
    v1.close();

    const db = await openCurrent(name);
    expect(db.verno).toBe(4);
    expect(byId(await db.cards.toArray())).toEqual(byId(cards));
    expect(byId(await listSummaries(db))).toEqual(byId(cards.map(summarizeCard)));
    expect(await countSetAside(db)).toBe(1);
    const [aside] = await db.aside.toArray();
    expect(aside).toMatchObject({ from: 'v1 card', row: bad });
    expect(aside!.reason).not.toBe('');
  });

  test.each([
    ['a card that is not JSON', (json: string[]) => ['{"id": "bad", oops', ...json], (ids: string[]) => ['bad', ...ids]],
    ['a card without findings', (json: string[]) => [JSON.stringify({ id: 'bad', service: {} }), ...json], (ids: string[]) => ['bad', ...ids]],
    ['ids and cards of different lengths', (json: string[]) => json, (ids: string[]) => [...ids, 'extra']],
  ])('v2 pack with %s: the rest of the library opens, what cannot be read is set aside', async (_why, jsonOf, idsOf) => {
    const name = `aside-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1);
    v2.version(2).stores(V2);
    const cards = good();
    const okPack = { id: 1, ids: [cards[0]!.id], json: [JSON.stringify(cards[0])] };
    const badPack = { id: 2, ids: idsOf([cards[1]!.id]), json: jsonOf([JSON.stringify(cards[1])]) };
    await v2.table('packs').bulkAdd([okPack, badPack]);
    await v2.table('summaries').bulkAdd(cards.map((c, i) => ({ ...summarizeCard(c), pack: i + 1 })));
    v2.close();

    const db = await openCurrent(name);
    expect(db.verno).toBe(4);
    const expected = badPack.ids.length === badPack.json.length ? cards : [cards[0]!];
    expect(byId(await db.cards.toArray())).toEqual(byId(expected));
    expect(await countSetAside(db)).toBe(1);
    expect((await db.aside.toArray())[0]).toMatchObject({ from: 'v2 pack 2' });
  });

  test('a v2 pack that is not a pack at all is set aside whole', async () => {
    const name = `aside-v2-shape-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1);
    v2.version(2).stores(V2);
    const cards = good();
    await v2.table('packs').bulkAdd([{ id: 1, ids: cards.map((c) => c.id), json: cards.map((c) => JSON.stringify(c)) }, { id: 2, ids: 'x', json: null }]);
    v2.close();

    const db = await openCurrent(name);
    expect(byId(await db.cards.toArray())).toEqual(byId(cards));
    expect(await countSetAside(db)).toBe(1);
    expect((await db.aside.toArray())[0]).toMatchObject({ from: 'v2 pack 2', reason: 'not a pack of cards', row: { id: 2, ids: 'x', json: null } });
  });

  test('a clean upgrade sets nothing aside', async () => {
    const name = `aside-none-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    await v1.table('cards').bulkAdd(good());
    v1.close();
    const db = await openCurrent(name);
    expect(await countSetAside(db)).toBe(0);
    expect(await db.cards.count()).toBe(2);
  });
});
