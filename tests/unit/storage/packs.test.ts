// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not), so these tests store Blob bodies as browsers do.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DB_NAME,
  PACK_SIZE,
  PolicyLensDb,
  bodyText,
  cardSchemaStamp,
  deleteCards,
  exportRuns,
  findByUrlAndHash,
  stampCheckedRuns,
  importCards,
  listSummaries,
  listVersions,
  saveCard,
  readPackCards,
  undoDelete,
} from '@/lib/storage';
import { summarizeCard } from '@/lib/card-facts/summary';
import { makeCard } from './make-card';
import { byId } from '../support/import-source';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeCard({ id: `card-${String(i).padStart(4, '0')}`, source: { url: `https://s${i % 40}.test/p`, textHash: `h${i}` }, analyzedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() }),
  );

describe('upgrade from version 1', () => {
  test('every v1 card is readable, identical, after opening version 3', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt' });
    const cards = many(PACK_SIZE * 2 + 5);
    await v1.table('cards').bulkAdd(cards);
    v1.close();

    const db = new PolicyLensDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['aside', 'packs', 'trash']);
    expect(await db.aside.count()).toBe(0);
    expect(await db.cards.count()).toBe(cards.length);
    expect(byId(await db.cards.toArray())).toEqual(cards);
    expect(await db.cards.get(cards[7]!.id)).toEqual(cards[7]);
    expect(byId(await listSummaries(db))).toEqual(byId(cards.map(summarizeCard)));
    const c = cards[3]!;
    expect(await findByUrlAndHash(db, c.source.url, c.source.textHash)).toEqual(c);
    expect(await db.packs.count()).toBe(3);
  });

  test('the default name is the v1 database', () => {
    expect(DB_NAME).toBe('policy-lens');
  });
});

describe('packs', () => {
  test('cards fill packs in order; deleting from several packs keeps every other card', async () => {
    const db = new PolicyLensDb(`packs-${Math.random()}`);
    opened.push(db);
    const cards = many(PACK_SIZE * 3);
    expect(await importCards(db, cards.slice(0, 10))).toEqual({ imported: 10, skipped: 0 });
    expect(await importCards(db, cards)).toEqual({ imported: cards.length - 10, skipped: 10 });
    expect(await db.packs.count()).toBe(3);
    const gone = [cards[0]!.id, cards[PACK_SIZE]!.id, ...cards.slice(PACK_SIZE * 2).map((c) => c.id)];
    const removed = await deleteCards(db, gone);
    expect(removed?.count).toBe(gone.length);
    const trash = await db.trash.get(removed!.trashId);
    expect(byId(await readPackCards(trash!))).toEqual(byId(cards.filter((c) => gone.includes(c.id))));
    expect(await db.packs.count()).toBe(2);
    const left = cards.filter((c) => !gone.includes(c.id));
    expect(byId(await db.cards.toArray())).toEqual(left);
    expect(await listSummaries(db)).toHaveLength(left.length);
    const newer = makeCard({ id: 'late', source: { url: 'https://late.test/p', textHash: 'z' } });
    await saveCard(db, newer);
    expect(await db.cards.get('late')).toEqual(newer);
    expect(await db.packs.count()).toBe(2);
    // Undo brings back every deleted card, in packs of at most PACK_SIZE, and empties the trash.
    expect(await undoDelete(db, removed!.trashId)).toBe(gone.length);
    expect(byId(await db.cards.toArray())).toEqual(byId([...cards, newer]));
    expect((await db.packs.toArray()).every((p) => p.ids.length <= PACK_SIZE)).toBe(true);
    expect(await db.trash.count()).toBe(0);
  });

  test('re-analysis replaces the card in its pack; versions of a URL come newest first', async () => {
    const db = new PolicyLensDb(`packs-${Math.random()}`);
    opened.push(db);
    const old = makeCard({ engineVersion: '1.0.0', source: { textHash: 'a' }, analyzedAt: '2024-01-01T00:00:00.000Z' });
    const other = makeCard({ source: { textHash: 'b' }, analyzedAt: '2024-03-01T00:00:00.000Z' });
    await saveCard(db, old);
    await saveCard(db, other);
    const redo = { ...old, id: 'ignored', engineVersion: '2.0.0', policyScore: 0.25 };
    expect((await saveCard(db, redo)).outcome).toBe('reanalyzed');
    expect(await db.cards.count()).toBe(2);
    expect(await db.cards.get(old.id)).toEqual({ ...redo, id: old.id });
    expect((await listVersions(db, old.source.url)).map((c) => c.source.textHash)).toEqual(['b', 'a']);
  });

  test('export runs: every pack body, or every version of the given URLs, stamped as checked', async () => {
    const db = new PolicyLensDb(`packs-${Math.random()}`);
    opened.push(db);
    const cards = many(PACK_SIZE + 3);
    await importCards(db, cards);
    const read = async (runs: Awaited<ReturnType<typeof exportRuns>>) =>
      (await Promise.all(runs.map(async (r) => JSON.parse(`[${await bodyText(r.body)}]`) as unknown[]))).flat();
    const all = await exportRuns(db);
    expect(all.map((r) => r.count)).toEqual([PACK_SIZE, 3]);
    expect(all.every((r) => r.checked)).toBe(true);
    expect(byId((await read(all)) as typeof cards)).toEqual(cards);
    const some = await exportRuns(db, ['https://s1.test/p']);
    expect(byId((await read(some)) as typeof cards)).toEqual(cards.filter((c) => c.source.url === 'https://s1.test/p'));
  });
});

describe('upgrade from version 2', () => {
  test('v2 packs and summary rows become v3 packs, every card identical, unstamped', async () => {
    const name = `upgrade2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt' });
    v2.version(2).stores({ cards: null, summaries: 'id, [url+textHash]', packs: 'id' });
    const cards = many(PACK_SIZE + 4);
    // A non-ASCII quote, so byte sizes differ from string lengths.
    cards[1] = { ...cards[1]!, service: { name: 'Café “Ünïcode” 🍵', domain: 'cafe.test' } };
    const packs = [cards.slice(0, PACK_SIZE), cards.slice(PACK_SIZE)].map((some, i) => ({ id: i + 1, ids: some.map((c) => c.id), json: some.map((c) => JSON.stringify(c)) }));
    await v2.table('packs').bulkAdd(packs);
    await v2.table('summaries').bulkAdd(cards.map((c, i) => ({ ...summarizeCard(c), pack: i < PACK_SIZE ? 1 : 2 })));
    v2.close();

    const db = new PolicyLensDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(byId(await db.cards.toArray())).toEqual(byId(cards));
    expect(await db.cards.get(cards[1]!.id)).toEqual(cards[1]);
    expect(await db.cards.get(cards[2]!.id)).toEqual(cards[2]);
    expect(byId(await listSummaries(db))).toEqual(byId(cards.map(summarizeCard)));
    // Written before stamps existed: the next export checks them.
    expect((await exportRuns(db)).map((r) => r.checked)).toEqual([false, false]);
  });
});

describe('stamps', () => {
  test('a saved valid card is stamped; an invalid one is stored unstamped; a mixed pack is unstamped', async () => {
    const db = new PolicyLensDb(`stamps-${Math.random()}`);
    opened.push(db);
    const good = makeCard({ source: { url: 'https://good.test/p' } });
    await saveCard(db, good);
    expect((await db.packs.toArray()).map((p) => p.checked)).toEqual([cardSchemaStamp()]);
    const bad = makeCard({ source: { url: 'https://bad.test/p' }, policyScore: 7 });
    await saveCard(db, bad);
    expect(await db.cards.get(bad.id)).toEqual(bad);
    expect((await db.packs.toArray()).map((p) => p.checked)).toEqual([undefined]);
    await deleteCards(db, [bad.id]);
    // The bytes of the good card are unchanged, but the pack's stamp is not restored by a delete: it stays checked-on-export.
    expect((await exportRuns(db)).map((r) => r.checked)).toEqual([false]);
  });

  test('packs an export has just checked are stamped, unless they changed since they were read', async () => {
    const db = new PolicyLensDb(`restamp-${Math.random()}`);
    opened.push(db);
    await importCards(db, many(PACK_SIZE + 3));
    // as after an engine release that adds taxonomy ids: every pack carries an older stamp
    await db.packs.toCollection().modify({ checked: 'card-v1.0.00000000' });
    const runs = await exportRuns(db);
    expect(runs.map((r) => r.checked)).toEqual([false, false]);
    // a card saved after the export read the packs joins the last one
    await saveCard(db, makeCard({ source: { url: 'https://late.test/p' } }));
    expect(await stampCheckedRuns(db, runs)).toBe(1);
    expect((await exportRuns(db)).map((r) => r.checked)).toEqual([true, false]);
    // runs that were already checked, or single cards of an "export selected", stamp nothing
    expect(await stampCheckedRuns(db, await exportRuns(db, ['https://s1.test/p']))).toBe(0);
  });

  test('the stamp names the card schema and is stable', () => {
    expect(cardSchemaStamp()).toMatch(/^card-v1\.\d+\.[0-9a-f]{8}$/);
    expect(cardSchemaStamp()).toBe(cardSchemaStamp());
  });
});
