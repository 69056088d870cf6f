import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DB_NAME,
  PACK_SIZE,
  PolicyLensDb,
  deleteCards,
  exportJsonParts,
  findByUrlAndHash,
  importCards,
  listSummaries,
  listVersions,
  saveCard,
} from '@/lib/storage';
import { summarizeCard } from '@/lib/library/summary';
import { makeCard } from './make-card';

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
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('upgrade from version 1', () => {
  test('every v1 card is readable, identical, after opening version 2', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt' });
    const cards = many(PACK_SIZE * 2 + 5);
    await v1.table('cards').bulkAdd(cards);
    v1.close();

    const db = new PolicyLensDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['packs', 'summaries']);
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
    expect(byId(removed)).toEqual(byId(cards.filter((c) => gone.includes(c.id))));
    expect(await db.packs.count()).toBe(2);
    const left = cards.filter((c) => !gone.includes(c.id));
    expect(byId(await db.cards.toArray())).toEqual(left);
    expect(await db.summaries.count()).toBe(left.length);
    const newer = makeCard({ id: 'late', source: { url: 'https://late.test/p', textHash: 'z' } });
    await saveCard(db, newer);
    expect(await db.cards.get('late')).toEqual(newer);
    expect(await db.packs.count()).toBe(2);
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

  test('export parts: every card as JSON, or every version of the given URLs', async () => {
    const db = new PolicyLensDb(`packs-${Math.random()}`);
    opened.push(db);
    const cards = many(PACK_SIZE + 3);
    await importCards(db, cards);
    const all = (await exportJsonParts(db)).map((j) => JSON.parse(j));
    expect(byId(all)).toEqual(cards);
    const some = (await exportJsonParts(db, ['https://s1.test/p'])).map((j) => JSON.parse(j));
    expect(byId(some)).toEqual(cards.filter((c) => c.source.url === 'https://s1.test/p'));
  });
});
