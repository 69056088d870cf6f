import type { Card } from '../schema';
import type { CardSummary } from '../card-facts/summary';
import type { PolicyLensDb, TrashRow } from './db';
import { ImportConflictError, guarded } from './guarded';
import { capCard } from './card-cap';
import {
  PACK_SIZE,
  cardJson,
  joinPacks,
  keepCards,
  makePack,
  makePacks,
  packKey,
  packSummaries,
  prepareCard,
  urlRange,
  type CardPack,
  type PackContent,
  type PreparedCard,
} from './packs';

export type SaveOutcome = 'new' | 'new-version' | 'unchanged' | 'reanalyzed';

/** What `saveCard` stored: the card as stored, and, when the size cap dropped quotes, how many. */
export interface SaveResult {
  card: Card;
  outcome: SaveOutcome;
  /** Quotes past the cap (`card-cap.ts`) that the stored card does not hold; absent when none. */
  omittedQuotes?: number;
}

export { ImportConflictError } from './guarded';

/** One stored card: its pack and its place in it. */
interface Hit {
  pack: CardPack;
  index: number;
  summary: CardSummary;
}

/** Each pack once (a multi-entry index can match one pack several times). */
function distinct(packs: readonly CardPack[]): CardPack[] {
  const byId = new Map<number, CardPack>();
  for (const p of packs) byId.set(p.id, p);
  return [...byId.values()];
}

/** Where the cards with these ids are (inside a transaction). */
async function locateIds(db: PolicyLensDb, ids: readonly string[]): Promise<Map<string, Hit>> {
  const wanted = new Set(ids);
  const packs = distinct(await db.packs.where('ids').anyOf([...wanted]).toArray());
  const hits = new Map<string, Hit>();
  for (const pack of packs) {
    const summaries = packSummaries(pack);
    pack.ids.forEach((id, index) => {
      if (wanted.has(id)) hits.set(id, { pack, index, summary: summaries[index]! });
    });
  }
  return hits;
}

/** Every stored version of a URL (any order, inside a transaction). */
async function locateUrl(db: PolicyLensDb, url: string): Promise<Hit[]> {
  const [lo, hi] = urlRange(url);
  const packs = distinct(await db.packs.where('keys').between(lo, hi, true, false).toArray());
  return packs.flatMap((pack) =>
    packSummaries(pack).flatMap((summary, index) => (summary.url === url ? [{ pack, index, summary }] : [])),
  );
}

/**
 * The cards of these hits, in order. Bodies are Blobs, read after the
 * transaction that found them (a Blob read is not an IndexedDB request, so
 * awaiting it inside would end the transaction); each card is one slice.
 */
async function readHits(hits: readonly Hit[]): Promise<Card[]> {
  return Promise.all(hits.map(async (h) => JSON.parse(await cardJson(h.pack, h.index)) as Card));
}

const newestFirst = (a: Hit, b: Hit) => b.summary.analyzedAt.localeCompare(a.summary.analyzedAt);

/** Cards by id, `undefined` where there is none (like Dexie's bulkGet). */
export async function getCards(db: PolicyLensDb, ids: readonly string[]): Promise<Array<Card | undefined>> {
  const hits = await guarded(() => db.transaction('r', db.packs, () => locateIds(db, ids)));
  const found = [...hits.values()];
  const cards = await readHits(found);
  const byId = new Map(cards.map((c, i) => [found[i]!.summary.id, c]));
  return ids.map((id) => byId.get(id));
}

/** One card by id. */
export async function getCard(db: PolicyLensDb, id: string): Promise<Card | undefined> {
  return (await getCards(db, [id]))[0];
}

/** Takes the cards with these ids out of their packs (rewriting or deleting each pack once). */
async function removeIds(db: PolicyLensDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  const packs = distinct(await db.packs.where('ids').anyOf([...gone]).toArray());
  const keep: CardPack[] = [];
  const drop: number[] = [];
  for (const pack of packs) {
    const left = keepCards(pack, (i) => !gone.has(pack.ids[i]!));
    if (left) keep.push({ ...left, id: pack.id });
    else drop.push(pack.id);
  }
  if (keep.length) await db.packs.bulkPut(keep);
  if (drop.length) await db.packs.bulkDelete(drop);
}

/**
 * Appends cards: the last pack is filled up first (its body joined with the
 * new one by reference), then new packs follow. Callers make sure none of
 * the ids is stored (inside their read-write transaction).
 */
async function appendPrepared(db: PolicyLensDb, cards: readonly PreparedCard[]): Promise<void> {
  if (cards.length === 0) return;
  const last = await db.packs.orderBy(':id').last();
  const room = last ? Math.max(0, PACK_SIZE - last.ids.length) : 0;
  const rows: CardPack[] = [];
  const filled = last && room > 0 ? joinPacks(last, makePack(cards.slice(0, room))) : undefined;
  if (filled) rows.push({ ...filled, id: last!.id });
  let id = (last?.id ?? 0) + 1;
  for (const pack of makePacks(cards.slice(filled ? room : 0))) rows.push({ ...pack, id: id++ });
  await db.packs.bulkPut(rows);
}

/** Appends packs of cards (ids not stored), joining each with the last pack while it fits. */
async function appendContent(db: PolicyLensDb, contents: readonly PackContent[]): Promise<void> {
  if (contents.length === 0) return;
  const last = await db.packs.orderBy(':id').last();
  const rows: CardPack[] = last ? [last] : [];
  let id = (last?.id ?? 0) + 1;
  for (const content of contents) {
    const prev = rows[rows.length - 1];
    const joined = prev && prev.ids.length + content.ids.length <= PACK_SIZE ? joinPacks(prev, content) : undefined;
    if (joined) rows[rows.length - 1] = { ...joined, id: prev!.id };
    else rows.push({ ...content, id: id++ });
  }
  await db.packs.bulkPut(rows.filter((r) => r !== last));
}

/** Stores cards, replacing any stored card with the same id. */
async function putCards(db: PolicyLensDb, cards: readonly PreparedCard[]): Promise<void> {
  await removeIds(db, cards.map((c) => c.summary.id));
  await appendPrepared(db, cards);
}

/**
 * Saves a card atomically. The same url + text hash is the same policy
 * version: it is kept (or its findings refreshed when the engine version
 * differs); a different hash for a known url is a new version beside the old.
 * The card is capped in size (`capCard`) and validated with the card schema
 * on the way in (`prepareCard`).
 */
export async function saveCard(db: PolicyLensDb, analyzed: Card): Promise<SaveResult> {
  // Stored within the size cap (card-cap.ts): the first quotes of each finding, and how many more there were.
  const { card, omittedQuotes } = capCard(analyzed);
  const capped = omittedQuotes ? { omittedQuotes } : {};
  // The stored card's engine version is inside its JSON: read it first, outside the write.
  const stored = await guarded(() => findByUrlAndHash(db, card.source.url, card.source.textHash));
  if (stored && stored.engineVersion === card.engineVersion) return { card: stored, outcome: 'unchanged', ...capped };
  return guarded(() => db.transaction('rw', db.packs, async () => {
    const versions = await locateUrl(db, card.source.url);
    const same = versions.find((h) => h.summary.textHash === card.source.textHash);
    if (same) {
      const refreshed: Card = { ...card, id: same.summary.id };
      await putCards(db, [prepareCard(refreshed)]);
      return { card: refreshed, outcome: 'reanalyzed' as const, ...capped };
    }
    await putCards(db, [prepareCard(card)]);
    return { card, outcome: versions.length > 0 ? ('new-version' as const) : ('new' as const), ...capped };
  }));
}

/** All versions of one URL, newest analysis first. */
export async function listVersions(db: PolicyLensDb, url: string): Promise<Card[]> {
  const hits = await guarded(() => db.transaction('r', db.packs, () => locateUrl(db, url)));
  return readHits(hits.sort(newestFirst));
}

/** The newest saved card for a URL, if any. */
export async function findLatestByUrl(db: PolicyLensDb, url: string): Promise<Card | undefined> {
  const hits = await guarded(() => db.transaction('r', db.packs, () => locateUrl(db, url)));
  const newest = hits.sort(newestFirst)[0];
  return newest ? (await readHits([newest]))[0] : undefined;
}

/** The card for exactly this URL and text, if it was analysed before. */
export async function findByUrlAndHash(db: PolicyLensDb, url: string, textHash: string): Promise<Card | undefined> {
  const key = packKey(url, textHash);
  const pack = await db.packs.where('keys').equals(key).first();
  const index = pack ? pack.keys.indexOf(key) : -1;
  return pack && index >= 0 ? (JSON.parse(await cardJson(pack, index)) as Card) : undefined;
}

/** The list summary of every stored card (every version), in one read. */
export async function listSummaries(db: PolicyLensDb): Promise<CardSummary[]> {
  const packs = await guarded(() => db.packs.toArray());
  return packs.flatMap(packSummaries);
}

/**
 * Only the newest version of every URL: what the library lists. Older
 * versions stay in the table for history.
 */
export async function listLatestCards(db: PolicyLensDb): Promise<Card[]> {
  const packs = await guarded(() => db.packs.toArray());
  const hits = packs
    .flatMap((pack) => packSummaries(pack).map((summary, index) => ({ pack, index, summary })))
    .sort(newestFirst);
  const seen = new Set<string>();
  return readHits(
    hits.filter((h) => {
      if (seen.has(h.summary.url)) return false;
      seen.add(h.summary.url);
      return true;
    }),
  );
}

/** What one delete took out: its trash row (for `undoDelete`) and how many cards. */
export interface Deleted {
  trashId: number;
  count: number;
}

/** Pack contents, split into packs of at most `PACK_SIZE` by slicing (nothing is read). */
function chunks(content: PackContent): PackContent[] {
  if (content.ids.length <= PACK_SIZE) return [content];
  const out: PackContent[] = [];
  for (let a = 0; a < content.ids.length; a += PACK_SIZE) out.push(keepCards(content, (i) => i >= a && i < a + PACK_SIZE)!);
  return out;
}

/**
 * Deletes cards, all or nothing: one transaction takes them out of their
 * packs and keeps them in the trash, so `undoDelete` can put them back
 * and a failure leaves every card where it was (the error says so in
 * plain words). The trash keeps slices of the old pack bodies: nothing is
 * read, copied or parsed. `undefined` when none of the ids is stored.
 */
export async function deleteCards(db: PolicyLensDb, ids: readonly string[]): Promise<Deleted | undefined> {
  return guarded(() =>
    db.transaction('rw', db.packs, db.trash, async () => {
      const hits = [...(await locateIds(db, ids)).values()];
      if (hits.length === 0) return undefined;
      const byPack = new Map<number, { pack: CardPack; gone: Set<number> }>();
      for (const h of hits) {
        const entry = byPack.get(h.pack.id) ?? { pack: h.pack, gone: new Set<number>() };
        entry.gone.add(h.index);
        byPack.set(h.pack.id, entry);
      }
      let taken: PackContent | undefined;
      for (const { pack, gone } of byPack.values()) {
        const part = keepCards(pack, (i) => gone.has(i))!;
        taken = taken ? (joinPacks(taken, part) ?? taken) : part;
      }
      await removeIds(db, hits.map((h) => h.summary.id));
      const row: TrashRow = { ...taken!, deletedAt: new Date().toISOString() };
      const trashId = (await db.trash.add(row)) as number;
      return { trashId, count: taken!.ids.length };
    }),
  );
}

/**
 * Undo: puts the cards of one delete back, all or nothing, in one
 * transaction that also empties their trash row. If it fails, nothing
 * moved: the cards stay in the trash and Undo can be tried again. A card
 * saved again meanwhile under the same id is replaced by the deleted one.
 * Returns how many cards came back (0 when the trash row is gone).
 */
export async function undoDelete(db: PolicyLensDb, trashId: number): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.packs, db.trash, async () => {
      const row = await db.trash.get(trashId);
      if (!row) return 0;
      const { id: _id, deletedAt: _at, ...content } = row;
      await removeIds(db, content.ids);
      await appendContent(db, chunks(content));
      await db.trash.delete(trashId);
      return content.ids.length;
    }),
  );
}

/** Empties the trash: one delete's row, or every row. Undo is then no longer possible for them. */
export async function forgetDeleted(db: PolicyLensDb, trashId?: number): Promise<void> {
  await guarded(() => (trashId === undefined ? db.trash.clear() : db.trash.delete(trashId)));
}

/** Deletes still in the trash (e.g. the page closed while Undo was offered, or an Undo failed), oldest first. */
export async function listDeleted(db: PolicyLensDb): Promise<Array<Deleted & { names: string[] }>> {
  const rows = await guarded(() => db.trash.toArray());
  return rows.map((r) => ({ trashId: r.id!, count: r.ids.length, names: packSummaries(r).map((s) => s.name) }));
}

/** How many rows an upgrade could not read and set aside (`db.aside`). */
export function countSetAside(db: PolicyLensDb): Promise<number> {
  return guarded(() => db.aside.count());
}

/** Puts cards back from their objects (replacing any stored card with the same id), in one transaction. */
export async function restoreCards(db: PolicyLensDb, cards: readonly Card[]): Promise<void> {
  const prepared = cards.map(prepareCard);
  await guarded(() => db.transaction('rw', db.packs, () => putCards(db, prepared)));
}

/**
 * Adds packs of validated cards (made by `makePacks`, e.g. in workers) in
 * one transaction, skipping any card whose url + text hash is already stored
 * or came earlier in the batch. The stored keys and ids are read once from
 * the indexes. A card id already used by a different policy aborts the whole
 * import: all or nothing. Packs lose skipped cards by slicing, never reading.
 */
export async function importPacks(
  db: PolicyLensDb,
  packs: readonly PackContent[],
): Promise<{ imported: number; skipped: number }> {
  return guarded(() => db.transaction('rw', db.packs, async () => {
    const [keys, ids, last] = await Promise.all([
      db.packs.orderBy('keys').keys(),
      db.packs.orderBy('ids').keys(),
      db.packs.orderBy(':id').last(),
    ]);
    const seen = new Set(keys as string[]);
    const usedIds = new Set(ids as string[]);
    let index = 0;
    let imported = 0;
    let skipped = 0;
    // The last stored pack takes new cards while they fit, so small imports do not leave small packs.
    const rows: CardPack[] = last ? [last] : [];
    let id = (last?.id ?? 0) + 1;
    for (const pack of packs) {
      const fresh = pack.ids.map((cardId, k) => {
        const at = index + k;
        const key = pack.keys[k]!;
        if (seen.has(key)) return false;
        seen.add(key);
        if (usedIds.has(cardId)) {
          throw new ImportConflictError(
            `cards[${at}].id: "${cardId}" is already used by another policy in your library or in this file`,
          );
        }
        usedIds.add(cardId);
        return true;
      });
      index += pack.ids.length;
      const kept = keepCards(pack, (k) => fresh[k]!);
      const n = fresh.filter(Boolean).length;
      imported += n;
      skipped += pack.ids.length - n;
      if (!kept) continue;
      const prev = rows[rows.length - 1];
      const joined = prev && prev.ids.length + kept.ids.length <= PACK_SIZE ? joinPacks(prev, kept) : undefined;
      if (joined) rows[rows.length - 1] = { ...joined, id: prev!.id };
      else rows.push({ ...kept, id: id++ });
    }
    const changed = rows.filter((r) => r !== last);
    if (changed.length) await db.packs.bulkPut(changed);
    return { imported, skipped };
  }));
}

/**
 * Adds cards in one transaction, like `importPacks` (which it packs them
 * for): duplicates by url + text hash are skipped, an id clash aborts all.
 */
export async function importCards(
  db: PolicyLensDb,
  cards: ReadonlyArray<Card | PreparedCard>,
): Promise<{ imported: number; skipped: number }> {
  const prepared = cards.map((c) => ('summary' in c ? c : prepareCard(c)));
  return importPacks(db, makePacks(prepared));
}
