import type { Card } from '../schema';
import { summarizeCard, type CardSummary } from '../library/summary';
import type { CardPack, SummaryRow } from './db';

/** Cards per pack: ~11 KB each, so a pack is a few hundred KB (stored out of line, read in a few ms). */
export const PACK_SIZE = 32;

/** A card ready to store: its JSON and its list summary (made once, possibly in a worker). */
export interface PreparedCard {
  json: string;
  summary: CardSummary;
}

/** Turns a parsed card into what is stored. */
export function prepareCard(card: Card): PreparedCard {
  return { json: JSON.stringify(card), summary: summarizeCard(card) };
}

/** Packs cards (in order) into packs numbered from `firstId`, with their summary rows. */
export function packCards(
  cards: ReadonlyArray<{ card?: Card; json: string; summary?: CardSummary }>,
  firstId: number,
  size = PACK_SIZE,
): { packs: CardPack[]; rows: SummaryRow[] } {
  const packs: CardPack[] = [];
  const rows: SummaryRow[] = [];
  for (let i = 0; i < cards.length; i += size) {
    const id = firstId + packs.length;
    const pack: CardPack = { id, ids: [], json: [] };
    for (const entry of cards.slice(i, i + size)) {
      const summary = entry.summary ?? summarizeCard(entry.card ?? (JSON.parse(entry.json) as Card));
      pack.ids.push(summary.id);
      pack.json.push(entry.json);
      rows.push({ ...summary, pack: id });
    }
    packs.push(pack);
  }
  return { packs, rows };
}
