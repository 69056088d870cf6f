import type { Card } from '../schema';
import type { PolicyLensDb } from './db';

export type SaveOutcome = 'new' | 'new-version' | 'unchanged' | 'reanalyzed';

/**
 * Saves a card atomically. The same url + text hash is the same policy
 * version: it is kept (or its findings refreshed when the engine version
 * differs); a different hash for a known url is a new version beside the old.
 */
export async function saveCard(
  db: PolicyLensDb,
  card: Card,
): Promise<{ card: Card; outcome: SaveOutcome }> {
  return db.transaction('rw', db.cards, async () => {
    const same = await db.cards
      .where('[source.url+source.textHash]')
      .equals([card.source.url, card.source.textHash])
      .first();
    if (same) {
      if (same.engineVersion === card.engineVersion) return { card: same, outcome: 'unchanged' as const };
      const refreshed: Card = { ...card, id: same.id };
      await db.cards.put(refreshed);
      return { card: refreshed, outcome: 'reanalyzed' as const };
    }
    const known = await db.cards.where('source.url').equals(card.source.url).count();
    await db.cards.put(card);
    return { card, outcome: known > 0 ? ('new-version' as const) : ('new' as const) };
  });
}

/** All versions of one URL, newest analysis first. */
export async function listVersions(db: PolicyLensDb, url: string): Promise<Card[]> {
  const versions = await db.cards.where('source.url').equals(url).toArray();
  return versions.sort((a, b) => b.analyzedAt.localeCompare(a.analyzedAt));
}

/** The newest saved card for a URL, if any. */
export async function findLatestByUrl(db: PolicyLensDb, url: string): Promise<Card | undefined> {
  return (await listVersions(db, url))[0];
}

/** The card for exactly this URL and text, if it was analysed before. */
export async function findByUrlAndHash(
  db: PolicyLensDb,
  url: string,
  textHash: string,
): Promise<Card | undefined> {
  return db.cards.where('[source.url+source.textHash]').equals([url, textHash]).first();
}

/**
 * Only the newest version of every URL: what the library lists. Older
 * versions stay in the table for history.
 */
export async function listLatestCards(db: PolicyLensDb): Promise<Card[]> {
  const all = await db.cards.orderBy('analyzedAt').reverse().toArray();
  const seen = new Set<string>();
  return all.filter((card) => {
    if (seen.has(card.source.url)) return false;
    seen.add(card.source.url);
    return true;
  });
}

/** Deletes cards and returns them, so the caller can offer undo with `restoreCards`. */
export async function deleteCards(db: PolicyLensDb, ids: readonly string[]): Promise<Card[]> {
  return db.transaction('rw', db.cards, async () => {
    const found = (await db.cards.bulkGet([...ids])).filter((c): c is Card => c !== undefined);
    await db.cards.bulkDelete(found.map((c) => c.id));
    return found;
  });
}

/** Puts previously deleted cards back (undo). */
export async function restoreCards(db: PolicyLensDb, cards: readonly Card[]): Promise<void> {
  await db.cards.bulkPut([...cards]);
}

/**
 * Adds validated cards in one transaction, skipping any whose url + text hash
 * is already stored (or repeated inside the batch). All or nothing.
 */
export async function importCards(
  db: PolicyLensDb,
  cards: readonly Card[],
): Promise<{ imported: number; skipped: number }> {
  return db.transaction('rw', db.cards, async () => {
    const seen = new Set<string>();
    const fresh: Card[] = [];
    for (const card of cards) {
      const key = `${card.source.url}\n${card.source.textHash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const existing = await db.cards
        .where('[source.url+source.textHash]')
        .equals([card.source.url, card.source.textHash])
        .count();
      if (existing === 0) fresh.push(card);
    }
    await db.cards.bulkAdd(fresh);
    return { imported: fresh.length, skipped: cards.length - fresh.length };
  });
}
