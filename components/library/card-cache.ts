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
const pending = new Set<string>();
let generation = 0;

/** Starts reading the cards not yet cached (or being read). Never throws. */
export function prefetchCards(db: PolicyLensDb, ids: Iterable<string>): void {
  const missing = [...ids].filter((id) => !ready.has(id) && !pending.has(id));
  if (missing.length === 0) return;
  const gen = generation;
  for (const id of missing) pending.add(id);
  db.cards.bulkGet(missing).then(
    (cards) => {
      if (gen !== generation) return;
      missing.forEach((id, i) => {
        pending.delete(id);
        ready.set(id, cards[i]);
      });
    },
    () => {
      if (gen === generation) for (const id of missing) pending.delete(id);
    },
  );
}

/** The cards for these ids if every one has been read (`undefined` for a missing card), else `undefined`. */
export function cachedCards(ids: readonly string[]): Array<Card | undefined> | undefined {
  return ids.every((id) => ready.has(id)) ? ids.map((id) => ready.get(id)) : undefined;
}

/** Forgets every cached card (after the library changed). */
export function clearCardCache(): void {
  generation++;
  ready.clear();
  pending.clear();
}
