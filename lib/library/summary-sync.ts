import type { Card } from '../schema';
import type { PolicyLensDb } from '../storage';
import { summarizeCard, type CardSummary } from './summary';

/**
 * What is in the table, cheaply: every card id with its analysis time, read
 * from the `analyzedAt` index without loading a single card. The library
 * watches this (liveQuery) and fetches only cards it has not summarized yet.
 */
export interface TableSignature {
  /** Card ids, oldest analysis first. */
  ids: string[];
  /** `analyzedAt` of each id, same order. */
  analyzedAt: string[];
}

/** Reads the signature in one read transaction so ids and times line up. */
export async function readSignature(db: PolicyLensDb): Promise<TableSignature> {
  return db.transaction('r', db.cards, async () => {
    const collection = db.cards.orderBy('analyzedAt');
    const [analyzedAt, ids] = await Promise.all([collection.keys(), collection.primaryKeys()]);
    return { ids: ids as string[], analyzedAt: analyzedAt as string[] };
  });
}

/** Ids to fetch (new or re-analysed), newest first, and ids gone from the table. */
export function planSync(
  known: ReadonlyMap<string, CardSummary>,
  signature: TableSignature,
): { fetch: string[]; drop: string[] } {
  const present = new Set(signature.ids);
  const fetch: string[] = [];
  // Newest first: the list's default order shows them first, so they matter first.
  for (let i = signature.ids.length - 1; i >= 0; i--) {
    const id = signature.ids[i]!;
    const have = known.get(id);
    if (!have || have.analyzedAt !== signature.analyzedAt[i]) fetch.push(id);
  }
  const drop = [...known.keys()].filter((id) => !present.has(id));
  return { fetch, drop };
}

/**
 * Brings `known` in line with the table: drops deleted ids, then fetches the
 * missing cards in chunks (the first one small, so the first screen of rows
 * appears quickly), calling `onProgress` after each so the UI can render.
 * Stops early when `isCancelled()` turns true.
 */
export async function syncSummaries(
  db: PolicyLensDb,
  known: Map<string, CardSummary>,
  signature: TableSignature,
  onProgress: () => void,
  isCancelled: () => boolean = () => false,
  firstChunk = 60,
  chunk = 1000,
): Promise<void> {
  const { fetch, drop } = planSync(known, signature);
  for (const id of drop) known.delete(id);
  if (drop.length && !fetch.length) onProgress();
  let size = firstChunk;
  for (let i = 0; i < fetch.length; i += size, size = chunk) {
    const batch = fetch.slice(i, i + size);
    const cards = await db.cards.bulkGet(batch);
    if (isCancelled()) return;
    for (const card of cards) if (card) known.set(card.id, summarizeCard(card as Card));
    onProgress();
  }
}

/**
 * Summarizes the `limit` most recently analysed cards: a short cursor walk
 * down the `analyzedAt` index, so the list can paint its first screen before
 * the rest of a large library is read.
 */
export async function loadNewest(db: PolicyLensDb, known: Map<string, CardSummary>, limit: number): Promise<void> {
  const cards = await db.cards.orderBy('analyzedAt').reverse().limit(limit).toArray();
  for (const card of cards) known.set(card.id, summarizeCard(card));
}
