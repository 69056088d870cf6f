import type { Card } from '../schema';
import type { PolicyLensDb } from './db';
import { getCards } from './cards';

/**
 * The read side of the v1 `cards` table, kept as `db.cards` so callers and
 * tests read whole cards by id as before; the cards themselves live in packs.
 * Writes go through the functions of `lib/storage`.
 */
export class CardsView {
  constructor(private readonly db: PolicyLensDb) {}

  async get(id: string): Promise<Card | undefined> {
    return (await getCards(this.db, [id]))[0];
  }

  bulkGet(ids: readonly string[]): Promise<Array<Card | undefined>> {
    return getCards(this.db, ids);
  }

  count(): Promise<number> {
    return this.db.summaries.count();
  }

  /** Every stored card, in pack order. */
  async toArray(): Promise<Card[]> {
    const packs = await this.db.packs.toArray();
    return packs.flatMap((p) => p.json.map((j) => JSON.parse(j) as Card));
  }
}
