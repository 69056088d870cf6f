import type { Card } from '../schema';
import { summarizeCard, type CardSummary } from '../card-facts/summary';
import { PACK_SIZE, packKey, storesBlobs, utf8Length, type CardPack } from './packs';

/**
 * The steps that carry old databases forward. Every step keeps every card
 * it can read; a row it cannot read (not a card, or a card too broken to
 * summarize) is set aside, never thrown on: one bad row must not block the
 * upgrade and with it the whole library. Set-aside rows are written to the
 * `aside` table by the last step (see `PolicyLensDb`), counted and reported.
 */

/** A row an upgrade could not read, kept as it was found. */
export interface AsideRow {
  id?: number;
  /** Where it came from: `v1 card` or `v2 pack <id>`. */
  from: string;
  /** Why it could not be read, in plain words. */
  reason: string;
  /** The row (or the card's JSON text) exactly as stored. */
  row: unknown;
  setAsideAt: string;
}

/** A version 2 pack (cards as JSON strings), read once by the upgrade to version 3. */
export interface PackV2 {
  id: number;
  ids: string[];
  json: string[];
}

/** A version 2 summary row. */
export interface SummaryRowV2 extends CardSummary {
  pack: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * Why a stored card cannot be read back, or `undefined` when it can: the
 * fields the list, the indexes and the export need. A card that reads but
 * breaks a finer rule of the card schema is kept (the next export names it).
 */
export function unreadableCard(row: unknown): string | undefined {
  if (!isRecord(row)) return 'not a card';
  if (!isText(row.id) || row.id === '') return 'no id';
  if (!isRecord(row.service) || !isText(row.service.name) || !isText(row.service.domain)) return 'no service';
  if (!isRecord(row.source) || !isText(row.source.url) || !isText(row.source.textHash)) return 'no source';
  if (!isText(row.analyzedAt)) return 'no analysis date';
  if (!Array.isArray(row.findings) || !row.findings.every(isRecord)) return 'no findings';
  try {
    summarizeCard(row as unknown as Card);
    JSON.stringify(row);
  } catch {
    return 'its findings cannot be read';
  }
  return undefined;
}

/** A readable card's summary and JSON, or why it cannot be read. */
function readCard(row: unknown): { card: Card; summary: CardSummary; json: string } | { reason: string } {
  const reason = unreadableCard(row);
  if (reason) return { reason };
  const card = row as Card;
  return { card, summary: summarizeCard(card), json: JSON.stringify(card) };
}

/** Version 1 rows as version 2 packs and summary rows; unreadable rows go to `aside`. */
export function packsFromV1(old: readonly unknown[], aside: AsideRow[], now: string): { packs: PackV2[]; rows: SummaryRowV2[] } {
  const packs: PackV2[] = [];
  const rows: SummaryRowV2[] = [];
  const seen = new Set<string>();
  let pack: PackV2 | undefined;
  for (const row of old) {
    const read = readCard(row);
    if ('reason' in read || seen.has(read.card.id)) {
      aside.push({ from: 'v1 card', reason: 'reason' in read ? read.reason : 'a second card with the same id', row, setAsideAt: now });
      continue;
    }
    seen.add(read.card.id);
    if (!pack || pack.ids.length === PACK_SIZE) packs.push((pack = { id: packs.length + 1, ids: [], json: [] }));
    pack.ids.push(read.card.id);
    pack.json.push(read.json);
    rows.push({ ...read.summary, pack: pack.id });
  }
  return { packs, rows };
}

/** The cards of one version 2 pack that can be read, as [id, json, summary]; the rest go to `aside`. */
function readV2Pack(p: unknown, summaries: ReadonlyMap<string, CardSummary>, aside: AsideRow[], now: string): Array<[string, string, CardSummary]> {
  const from = `v2 pack ${isRecord(p) ? String(p.id) : '?'}`;
  if (!isRecord(p) || !Array.isArray(p.json) || !Array.isArray(p.ids) || p.ids.length !== p.json.length) {
    aside.push({ from, reason: 'not a pack of cards', row: p, setAsideAt: now });
    return [];
  }
  const out: Array<[string, string, CardSummary]> = [];
  p.json.forEach((json: unknown, i: number) => {
    let card: unknown;
    try {
      card = isText(json) ? JSON.parse(json) : undefined;
    } catch {
      card = undefined;
    }
    const reason = card === undefined ? 'not valid JSON' : unreadableCard(card);
    if (reason || (card as Card).id !== (p.ids as unknown[])[i]) {
      aside.push({ from, reason: reason ?? 'its id does not match its pack', row: json, setAsideAt: now });
      return;
    }
    const c = card as Card;
    out.push([c.id, json as string, summaries.get(c.id) ?? summarizeCard(c)]);
  });
  return out;
}

/** Version 2 packs and summary rows as version 3 packs (unstamped: the next export validates them); unreadable cards go to `aside`. */
export function packsFromV2(packs: readonly unknown[], rows: readonly unknown[], aside: AsideRow[], now: string): CardPack[] {
  const summaries = new Map<string, CardSummary>();
  for (const r of rows) {
    if (!isRecord(r) || !isText(r.id)) continue;
    const { pack: _pack, ...s } = r as unknown as SummaryRowV2;
    summaries.set(s.id, s);
  }
  const blob = storesBlobs();
  const seen = new Set<string>();
  const out: CardPack[] = [];
  for (const p of packs) {
    const cards = readV2Pack(p, summaries, aside, now).filter(([id, json]) => {
      if (!seen.has(id)) return seen.add(id);
      aside.push({ from: `v2 pack ${String((p as PackV2).id)}`, reason: 'a second card with the same id', row: json, setAsideAt: now });
      return false;
    });
    if (cards.length === 0) continue;
    const json = cards.map(([, j]) => j);
    const sums = cards.map(([, , s]) => s);
    out.push({
      id: (p as PackV2).id,
      ids: cards.map(([id]) => id),
      keys: sums.map((s) => packKey(s.url, s.textHash)),
      summaryJson: JSON.stringify(sums),
      sizes: json.map((j) => (blob ? utf8Length(j) : j.length)),
      body: blob ? new Blob([json.join(',')]) : json.join(','),
    });
  }
  return out;
}
