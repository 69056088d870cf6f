import { Dexie, type EntityTable } from 'dexie';
import type { Card } from '../schema';
import type { CardSummary } from '../library/summary';
import { CardsView } from './cards-view';
import { packCards } from './packs';

export const DB_NAME = 'policy-lens';

/**
 * One row per card: its list summary (what the library shows and searches)
 * plus the pack that holds the card itself. Small, so 10,000 load in one
 * read, and indexed for the lookups the extension makes.
 */
export interface SummaryRow extends CardSummary {
  pack: number;
}

/**
 * Up to `PACK_SIZE` cards, each as its JSON string, `ids[i]` naming
 * `json[i]`. Chromium's IndexedDB pays a fixed cost per row and stores large
 * values out of line, so a few hundred big rows read and write several times
 * faster than 10,000 small ones, and JSON strings go into an export file as
 * they are.
 */
export interface CardPack {
  id: number;
  ids: string[];
  json: string[];
}

/**
 * The one database of the extension. A newer analysis of the same URL with a
 * different text hash is another card (a version of that URL), the same hash
 * is the same card. Every future `version(n)` must keep every card.
 *
 * - v1: `cards`, one structured card per row.
 * - v2: `summaries` (one small row per card) + `packs` (the cards as JSON,
 *   many per row). `db.cards` is a read-only view that returns parsed cards.
 *   If `summarizeCard` changes, add a version whose upgrade rewrites the
 *   summaries from the packs.
 */
export class PolicyLensDb extends Dexie {
  summaries!: EntityTable<SummaryRow, 'id'>;
  packs!: EntityTable<CardPack, 'id'>;
  /** Full cards, read from the packs (get, bulkGet, count, toArray). */
  readonly cards: CardsView;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt',
    });
    this.version(2)
      .stores({ cards: null, summaries: 'id, [url+textHash]', packs: 'id' })
      .upgrade(async (tx) => {
        const old = (await tx.table('cards').toArray()) as Card[];
        const { packs, rows } = packCards(
          old.map((card) => ({ card, json: JSON.stringify(card) })),
          1,
        );
        await tx.table('packs').bulkAdd(packs);
        await tx.table('summaries').bulkAdd(rows);
      });
    this.cards = new CardsView(this);
  }
}

let shared: PolicyLensDb | undefined;

/** The extension's database, opened lazily so importing this module has no side effects. */
export function getDb(): PolicyLensDb {
  shared ??= new PolicyLensDb();
  return shared;
}
