import type { PolicyLensDb } from './db';
import { cardSchemaStamp } from './card-stamp';
import { cardPart, packSummaries, urlRange, type CardPack } from './packs';

/** Consecutive cards of an export file: their bytes (`json,json,…`) and whether they passed the current card schema when written. */
export interface ExportRun {
  body: Blob | string;
  count: number;
  checked: boolean;
}

/**
 * What an export file holds, in file order, without reading a byte of it:
 * every pack's body, or (with `urls`) every version of those policies, one
 * slice per card. `checked` runs were validated with today's card schema
 * when they were written (their pack's stamp); the others must be checked.
 */
export async function exportRuns(db: PolicyLensDb, urls?: readonly string[]): Promise<ExportRun[]> {
  const stamp = cardSchemaStamp();
  if (!urls) {
    const packs = await db.packs.toArray();
    return packs.map((p) => ({ body: p.body, count: p.ids.length, checked: p.checked === stamp }));
  }
  return db.transaction('r', db.packs, async () => {
    const runs: ExportRun[] = [];
    for (const url of new Set(urls)) {
      const [lo, hi] = urlRange(url);
      const packs = new Map<number, CardPack>();
      for (const p of await db.packs.where('keys').between(lo, hi, true, false).toArray()) packs.set(p.id, p);
      for (const pack of packs.values()) {
        packSummaries(pack).forEach((s, i) => {
          if (s.url === url) runs.push({ body: cardPart(pack, i), count: 1, checked: pack.checked === stamp });
        });
      }
    }
    return runs;
  });
}
