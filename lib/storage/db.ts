import { Dexie, type EntityTable } from 'dexie';
import type { Card } from '../schema';
import { summarizeCard, type CardSummary } from '../card-facts/summary';
import { CardsView } from './cards-view';
import { PACK_SIZE, packKey, storesBlobs, utf8Length, type CardPack } from './packs';

export type { CardPack } from './packs';

export const DB_NAME = 'policy-lens';

/** A version 2 pack (cards as JSON strings), read once by the upgrade to version 3. */
interface PackV2 {
  id: number;
  ids: string[];
  json: string[];
}

/** A version 2 summary row. */
interface SummaryRowV2 extends CardSummary {
  pack: number;
}

/** Version 2 packs and summary rows as version 3 packs (unstamped: the next export validates them). */
function packsFromV2(packs: readonly PackV2[], rows: readonly SummaryRowV2[]): CardPack[] {
  const summaries = new Map(rows.map(({ pack: _pack, ...s }) => [s.id, s as CardSummary]));
  const blob = storesBlobs();
  return packs.map((p) => {
    const sums = p.ids.map((id, i) => summaries.get(id) ?? summarizeCard(JSON.parse(p.json[i]!) as Card));
    return {
      id: p.id,
      ids: [...p.ids],
      keys: sums.map((s) => packKey(s.url, s.textHash)),
      summaryJson: JSON.stringify(sums),
      sizes: p.json.map((j) => (blob ? utf8Length(j) : j.length)),
      body: blob ? new Blob([p.json.join(',')]) : p.json.join(','),
    };
  });
}

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
 */
export class PolicyLensDb extends Dexie {
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
        const packs: PackV2[] = [];
        const rows: SummaryRowV2[] = [];
        for (let i = 0; i < old.length; i += PACK_SIZE) {
          const id = packs.length + 1;
          const some = old.slice(i, i + PACK_SIZE);
          packs.push({ id, ids: some.map((c) => c.id), json: some.map((c) => JSON.stringify(c)) });
          for (const c of some) rows.push({ ...summarizeCard(c), pack: id });
        }
        await tx.table('packs').bulkAdd(packs);
        await tx.table('summaries').bulkAdd(rows);
      });
    this.version(3)
      .stores({ summaries: null, packs: 'id, *ids, *keys' })
      .upgrade(async (tx) => {
        const [packs, rows] = await Promise.all([
          tx.table('packs').toArray() as Promise<PackV2[]>,
          tx.table('summaries').toArray() as Promise<SummaryRowV2[]>,
        ]);
        await tx.table('packs').bulkPut(packsFromV2(packs, rows));
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
