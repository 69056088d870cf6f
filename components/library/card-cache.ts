import type { Card } from '../../lib/schema';
import type { PolicyLensDb } from '../../lib/storage';

/**
 * Full cards the library page has already read, by id. Ticking a policy in
 * the list starts reading its card (one pack read and one `JSON.parse` of
 * that card's string), so by the time "Compare" is clicked the matrix can be
 * drawn at once. Cleared after any write to the library (the summaries
 * change), so a re-analysed card is never shown from here.
 */
const ready = new Map<string, Card | undefined>();
/** Reads under way, by id: a comparison opened before they end waits for them instead of reading again. */
const pending = new Map<string, Promise<Card | undefined>>();
let generation = 0;

/** Starts reading the cards not yet cached (or being read). Never throws. */
export function prefetchCards(db: PolicyLensDb, ids: Iterable<string>): void {
  const missing = [...ids].filter((id) => !ready.has(id) && !pending.has(id));
  if (missing.length === 0) return;
  const gen = generation;
  const read = db.cards.bulkGet(missing);
  missing.forEach((id, i) => {
    const one = read.then(
      (cards) => {
        if (gen === generation) {
          pending.delete(id);
          ready.set(id, cards[i]);
        }
        return cards[i];
      },
      (e: unknown) => {
        if (gen === generation) pending.delete(id);
        throw e;
      },
    );
    one.catch(() => undefined); // a failed read ahead is read again by whoever needs the card
    pending.set(id, one);
  });
}

/** The cards for these ids if every one has been read (`undefined` for a missing card), else `undefined`. */
export function cachedCards(ids: readonly string[]): Array<Card | undefined> | undefined {
  return ids.every((id) => ready.has(id)) ? ids.map((id) => ready.get(id)) : undefined;
}

/**
 * The cards for these ids: from the cache, from reads already under way (a
 * policy ticked just before "Compare"), and one read for the rest. A read
 * ahead that failed is read again here, so the caller sees the real error.
 */
export async function readCards(db: PolicyLensDb, ids: readonly string[]): Promise<Array<Card | undefined>> {
  prefetchCards(db, ids);
  const cards = await Promise.allSettled(ids.map((id) => (ready.has(id) ? ready.get(id) : pending.get(id))));
  if (cards.every((c) => c.status === 'fulfilled')) return cards.map((c) => (c as PromiseFulfilledResult<Card | undefined>).value);
  return db.cards.bulkGet(ids);
}

/** Forgets every cached card (after the library changed). */
export function clearCardCache(): void {
  generation++;
  ready.clear();
  pending.clear();
}
