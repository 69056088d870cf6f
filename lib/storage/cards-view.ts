import type { Card } from '../schema';
import type { PolicyLensDb } from './db';
import { getCards } from './cards';
import { readPackCards } from './packs';

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

  /** How many cards are stored: the entries of the `ids` index, no pack is read. */
  async count(): Promise<number> {
    return (await this.db.packs.orderBy('ids').keys()).length;
  }

  /** Every stored card, in pack order. */
  async toArray(): Promise<Card[]> {
    const packs = await this.db.packs.toArray();
    return (await Promise.all(packs.map(readPackCards))).flat();
  }
}
