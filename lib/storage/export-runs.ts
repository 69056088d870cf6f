import type { PolicyLensDb } from './db';
import { cardSchemaStamp } from './card-stamp';
import { guarded } from './guarded';
import { cardPart, packSummaries, urlRange, type CardPack } from './packs';

/** Consecutive cards of an export file: their bytes (`json,json,…`) and whether they passed the current card schema when written. */
export interface ExportRun {
  body: Blob | string;
  count: number;
  checked: boolean;
  /** A whole pack's body: which pack, and what it held when read (so a later stamp can tell it is unchanged). */
  pack?: { id: number; ids: string[]; sizes: number[] };
}

/**
 * What an export file holds, in file order, without reading a byte of it:
 * every pack's body, or (with `urls`) every version of those policies, one
 * slice per card. `checked` runs were validated with today's card schema
 * when they were written (their pack's stamp); the others must be checked.
 */
export function exportRuns(db: PolicyLensDb, urls?: readonly string[]): Promise<ExportRun[]> {
  return guarded(() => readRuns(db, urls));
}

async function readRuns(db: PolicyLensDb, urls?: readonly string[]): Promise<ExportRun[]> {
  const stamp = cardSchemaStamp();
  if (!urls) {
    const packs = await db.packs.toArray();
    return packs.map((p) => ({ body: p.body, count: p.ids.length, checked: p.checked === stamp, pack: { id: p.id, ids: p.ids, sizes: p.sizes } }));
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

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Stamps the packs of `runs` that an export has just validated (every card
 * passed today's card schema), so the next export need not check them again:
 * packs written before stamps existed, under an older schema or taxonomy, or
 * joined with an unstamped pack. A pack that changed since it was read (other
 * cards, other sizes) keeps no stamp. Call only after the check succeeded.
 */
export async function stampCheckedRuns(db: PolicyLensDb, runs: readonly ExportRun[]): Promise<number> {
  const stamp = cardSchemaStamp();
  const read = runs.flatMap((r) => (!r.checked && r.pack ? [r.pack] : []));
  if (read.length === 0) return 0;
  return db.transaction('rw', db.packs, async () => {
    let stamped = 0;
    const now = await db.packs.bulkGet(read.map((p) => p.id));
    for (const [i, row] of now.entries()) {
      const was = read[i]!;
      if (!row || row.checked === stamp || !same(row.ids, was.ids) || !same(row.sizes, was.sizes)) continue;
      await db.packs.update(row.id, { checked: stamp });
      stamped++;
    }
    return stamped;
  });
}
