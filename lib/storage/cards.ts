import { Dexie } from 'dexie';
import type { Card } from '../schema';
import type { CardSummary } from '../library/summary';
import type { CardPack, PolicyLensDb, SummaryRow } from './db';
import { PACK_SIZE, packCards, prepareCard, type PreparedCard } from './packs';

export type SaveOutcome = 'new' | 'new-version' | 'unchanged' | 'reanalyzed';

/** Raised inside the import transaction so it aborts and nothing is written. */
export class ImportConflictError extends Error {}

const rw = (db: PolicyLensDb) => [db.summaries, db.packs] as const;

/** Rows of every version of a URL (any order), from the [url+textHash] index. */
function rowsOfUrl(db: PolicyLensDb, url: string): Promise<SummaryRow[]> {
  return db.summaries.where('[url+textHash]').between([url, Dexie.minKey], [url, Dexie.maxKey], true, true).toArray();
}

/** The cards of these rows, parsed from their packs, in the rows' order. */
async function readRows(db: PolicyLensDb, rows: readonly SummaryRow[]): Promise<Card[]> {
  if (rows.length === 0) return [];
  const packIds = [...new Set(rows.map((r) => r.pack))];
  const packs = await db.packs.bulkGet(packIds);
  const byPack = new Map<number, CardPack>();
  packs.forEach((p, i) => p && byPack.set(packIds[i]!, p));
  return rows.map((row) => {
    const pack = byPack.get(row.pack);
    const at = pack ? pack.ids.indexOf(row.id) : -1;
    if (!pack || at < 0) throw new Error(`storage: card ${row.id} is missing from pack ${row.pack}`);
    return JSON.parse(pack.json[at]!) as Card;
  });
}

/** Cards by id, `undefined` where there is none (like Dexie's bulkGet). */
export async function getCards(db: PolicyLensDb, ids: readonly string[]): Promise<Array<Card | undefined>> {
  return db.transaction('r', rw(db), async () => {
    const rows = await db.summaries.bulkGet([...ids]);
    const found = rows.filter((r): r is SummaryRow => r !== undefined);
    const cards = await readRows(db, found);
    const byId = new Map(cards.map((c, i) => [found[i]!.id, c]));
    return ids.map((id) => byId.get(id));
  });
}

/** One card by id. */
export async function getCard(db: PolicyLensDb, id: string): Promise<Card | undefined> {
  return (await getCards(db, [id]))[0];
}

/** Takes cards out of their packs (rewriting or deleting each pack once) and deletes their rows. */
async function removeRows(db: PolicyLensDb, rows: readonly SummaryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const gone = new Map<number, Set<string>>();
  for (const r of rows) {
    const set = gone.get(r.pack) ?? new Set<string>();
    set.add(r.id);
    gone.set(r.pack, set);
  }
  const packIds = [...gone.keys()];
  const packs = await db.packs.bulkGet(packIds);
  const keep: CardPack[] = [];
  const drop: number[] = [];
  packs.forEach((pack, i) => {
    if (!pack) return;
    const ids = gone.get(packIds[i]!)!;
    const next: CardPack = { id: pack.id, ids: [], json: [] };
    pack.ids.forEach((id, k) => {
      if (ids.has(id)) return;
      next.ids.push(id);
      next.json.push(pack.json[k]!);
    });
    if (next.ids.length) keep.push(next);
    else drop.push(pack.id);
  });
  if (keep.length) await db.packs.bulkPut(keep);
  if (drop.length) await db.packs.bulkDelete(drop);
  await db.summaries.bulkDelete(rows.map((r) => r.id));
}

/**
 * Appends prepared cards: the last pack is filled up first, then new packs
 * follow. Callers make sure none of the ids is stored (run inside their
 * read-write transaction).
 */
async function appendPrepared(db: PolicyLensDb, cards: readonly PreparedCard[]): Promise<void> {
  if (cards.length === 0) return;
  const last = await db.packs.toCollection().last();
  const room = last ? Math.max(0, PACK_SIZE - last.ids.length) : 0;
  const head = cards.slice(0, room);
  const packs: CardPack[] = [];
  const rows: SummaryRow[] = [];
  if (last && head.length) {
    packs.push({ id: last.id, ids: [...last.ids, ...head.map((c) => c.summary.id)], json: [...last.json, ...head.map((c) => c.json)] });
    for (const c of head) rows.push({ ...c.summary, pack: last.id });
  }
  const rest = packCards(cards.slice(head.length), (last?.id ?? 0) + 1);
  packs.push(...rest.packs);
  rows.push(...rest.rows);
  await db.packs.bulkPut(packs);
  await db.summaries.bulkPut(rows);
}

/** Stores cards, replacing any stored card with the same id. */
async function putCards(db: PolicyLensDb, cards: readonly PreparedCard[]): Promise<void> {
  const existing = await db.summaries.bulkGet(cards.map((c) => c.summary.id));
  await removeRows(db, existing.filter((r): r is SummaryRow => r !== undefined));
  await appendPrepared(db, cards);
}

/**
 * Saves a card atomically. The same url + text hash is the same policy
 * version: it is kept (or its findings refreshed when the engine version
 * differs); a different hash for a known url is a new version beside the old.
 */
export async function saveCard(
  db: PolicyLensDb,
  card: Card,
): Promise<{ card: Card; outcome: SaveOutcome }> {
  return db.transaction('rw', rw(db), async () => {
    const versions = await rowsOfUrl(db, card.source.url);
    const sameRow = versions.find((r) => r.textHash === card.source.textHash);
    if (sameRow) {
      const [same] = await readRows(db, [sameRow]);
      if (same!.engineVersion === card.engineVersion) return { card: same!, outcome: 'unchanged' as const };
      const refreshed: Card = { ...card, id: same!.id };
      await putCards(db, [prepareCard(refreshed)]);
      return { card: refreshed, outcome: 'reanalyzed' as const };
    }
    await putCards(db, [prepareCard(card)]);
    return { card, outcome: versions.length > 0 ? ('new-version' as const) : ('new' as const) };
  });
}

/** All versions of one URL, newest analysis first. */
export async function listVersions(db: PolicyLensDb, url: string): Promise<Card[]> {
  return db.transaction('r', rw(db), async () => {
    const rows = (await rowsOfUrl(db, url)).sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt));
    return readRows(db, rows);
  });
}

/** The newest saved card for a URL, if any. */
export async function findLatestByUrl(db: PolicyLensDb, url: string): Promise<Card | undefined> {
  return db.transaction('r', rw(db), async () => {
    const rows = (await rowsOfUrl(db, url)).sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt));
    return rows.length ? (await readRows(db, [rows[0]!]))[0] : undefined;
  });
}

/** The card for exactly this URL and text, if it was analysed before. */
export async function findByUrlAndHash(
  db: PolicyLensDb,
  url: string,
  textHash: string,
): Promise<Card | undefined> {
  return db.transaction('r', rw(db), async () => {
    const row = await db.summaries.where('[url+textHash]').equals([url, textHash]).first();
    return row ? (await readRows(db, [row]))[0] : undefined;
  });
}

/** The list summary of every stored card (every version), in one read. */
export async function listSummaries(db: PolicyLensDb): Promise<CardSummary[]> {
  const rows = await db.summaries.toArray();
  return rows.map(({ pack: _pack, ...summary }) => summary);
}

/**
 * Only the newest version of every URL: what the library lists. Older
 * versions stay in the table for history.
 */
export async function listLatestCards(db: PolicyLensDb): Promise<Card[]> {
  return db.transaction('r', rw(db), async () => {
    const rows = (await db.summaries.toArray()).sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt));
    const seen = new Set<string>();
    const latest = rows.filter((row) => {
      if (seen.has(row.url)) return false;
      seen.add(row.url);
      return true;
    });
    return readRows(db, latest);
  });
}

/**
 * The JSON text of every stored card, or of every version of the given URLs:
 * what an export file holds, without parsing or re-serializing anything.
 */
export async function exportJsonParts(db: PolicyLensDb, urls?: readonly string[]): Promise<string[]> {
  return db.transaction('r', rw(db), async () => {
    if (!urls) return (await db.packs.toArray()).flatMap((p) => p.json);
    const rows = (await Promise.all(urls.map((u) => rowsOfUrl(db, u)))).flat();
    const packIds = [...new Set(rows.map((r) => r.pack))];
    const packs = await db.packs.bulkGet(packIds);
    const json = new Map<string, string>();
    for (const p of packs) p?.ids.forEach((id, i) => json.set(id, p.json[i]!));
    return rows.map((r) => json.get(r.id)).filter((j): j is string => j !== undefined);
  });
}

/** Deletes cards and returns them, so the caller can offer undo with `restoreCards`. */
export async function deleteCards(db: PolicyLensDb, ids: readonly string[]): Promise<Card[]> {
  return db.transaction('rw', rw(db), async () => {
    const rows = (await db.summaries.bulkGet([...ids])).filter((r): r is SummaryRow => r !== undefined);
    const cards = await readRows(db, rows);
    await removeRows(db, rows);
    return cards;
  });
}

/** Puts previously deleted cards back (undo). */
export async function restoreCards(db: PolicyLensDb, cards: readonly Card[]): Promise<void> {
  await db.transaction('rw', rw(db), () => putCards(db, cards.map(prepareCard)));
}

/**
 * Adds validated cards in one transaction, skipping any whose url + text
 * hash is already stored or repeated in the batch. The existing keys are
 * read once from the index, so 10,000 cards take one pass. A card id already
 * used by a different policy aborts the whole import: all or nothing.
 */
export async function importCards(
  db: PolicyLensDb,
  cards: ReadonlyArray<Card | PreparedCard>,
): Promise<{ imported: number; skipped: number }> {
  const prepared = cards.map((c) => ('json' in c && 'summary' in c ? c : prepareCard(c)));
  return db.transaction('rw', rw(db), async () => {
    const [pairs, ids] = await Promise.all([
      db.summaries.orderBy('[url+textHash]').keys(),
      db.summaries.toCollection().primaryKeys(),
    ]);
    const seen = new Set<string>();
    for (const pair of pairs) {
      const [url, hash] = pair as unknown as [string, string];
      seen.add(`${url}\n${hash}`);
    }
    const usedIds = new Set<string>(ids as string[]);
    const fresh: PreparedCard[] = [];
    prepared.forEach((card, index) => {
      const key = `${card.summary.url}\n${card.summary.textHash}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (usedIds.has(card.summary.id)) {
        throw new ImportConflictError(
          `cards[${index}].id: "${card.summary.id}" is already used by another policy in your library or in this file`,
        );
      }
      usedIds.add(card.summary.id);
      fresh.push(card);
    });
    await appendPrepared(db, fresh);
    return { imported: fresh.length, skipped: cards.length - fresh.length };
  });
}
