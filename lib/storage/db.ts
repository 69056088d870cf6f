import { Dexie, type EntityTable } from 'dexie';
import { CardsView } from './cards-view';
import type { CardPack, PackContent } from './packs';
import { packsFromV1, packsFromV2, type AsideRow } from './upgrades';

export type { CardPack } from './packs';
export type { AsideRow } from './upgrades';

/**
 * Cards taken out by one delete, kept until its Undo is no longer offered:
 * a pack of them (bodies are slices of the packs they left, so nothing was
 * read or copied), written in the same transaction as the delete.
 */
export interface TrashRow extends PackContent {
  id?: number;
  deletedAt: string;
}

export const DB_NAME = 'policy-lens';

/**
 * The one database of the extension. A newer analysis of the same URL with a
 * different text hash is another card (a version of that URL), the same hash
 * is the same card. Every future `version(n)` must keep every card.
 *
 * - v1: `cards`, one structured card per row.
 * - v2: `summaries` (one small row per card) + `packs` (cards as JSON strings).
 * - v3: `packs` only: 32 cards per row, their summaries as one JSON string,
 *   their JSON as one Blob, found by the multi-entry indexes `ids` and
 *   `keys` (url + text hash). IndexedDB pays a fixed cost per row, so
 *   10,000 summary rows alone took ~3 s to write; see `PackContent`.
 *   `db.cards` is a read-only view that returns parsed cards. If
 *   `summarizeCard` changes, add a version whose upgrade rewrites `summaryJson`.
 * - v4: `trash` (cards a delete took out, until Undo is no longer offered)
 *   and `aside` (rows an upgrade could not read, kept as found). Upgrades
 *   from v1 and v2 set unreadable rows aside instead of failing; they are
 *   written here by the v4 step, which runs last in the same upgrade.
 */
export class PolicyLensDb extends Dexie {
  packs!: EntityTable<CardPack, 'id'>;
  trash!: EntityTable<TrashRow, 'id'>;
  aside!: EntityTable<AsideRow, 'id'>;
  /** Full cards, read from the packs (get, bulkGet, count, toArray). */
  readonly cards: CardsView;

  constructor(name: string = DB_NAME) {
    super(name);
    // Filled by the v2 and v3 steps, written by the v4 step: one upgrade transaction runs them in order.
    const aside: AsideRow[] = [];
    const now = () => new Date().toISOString();
    this.version(1).stores({
      cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt',
    });
    this.version(2)
      .stores({ cards: null, summaries: 'id, [url+textHash]', packs: 'id' })
      .upgrade(async (tx) => {
        const { packs, rows } = packsFromV1(await tx.table('cards').toArray(), aside, now());
        await tx.table('packs').bulkAdd(packs);
        await tx.table('summaries').bulkAdd(rows);
      });
    this.version(3)
      .stores({ summaries: null, packs: 'id, *ids, *keys' })
      .upgrade(async (tx) => {
        const [packs, rows] = await Promise.all([tx.table('packs').toArray(), tx.table('summaries').toArray()]);
        const converted = packsFromV2(packs, rows, aside, now());
        await tx.table('packs').clear();
        await tx.table('packs').bulkAdd(converted);
      });
    this.version(4)
      .stores({ trash: '++id', aside: '++id' })
      .upgrade(async (tx) => {
        if (aside.length) await tx.table('aside').bulkAdd(aside.splice(0));
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
