import { exportJsonParts, type PolicyLensDb } from '../../lib/storage';
import { assembleExportBlob, buildExportBlob, exportFileName } from '../../lib/library/import-export';
import { checkInWorkers, checkPacksInWorkers } from './card-check-pool';
import { downloadBlob } from './download';

/**
 * The whole library in the workers: each job reads a few packs, checks
 * every card with the export's card schema and encodes them as a Blob, so
 * reading, validating and encoding run on both cores and the page never
 * holds the 100 MB. `undefined` when workers cannot do it (or the library
 * changed under them, so a card was read twice): then the page does it.
 */
async function exportAllInWorkers(db: PolicyLensDb): Promise<{ blob: Blob; count: number } | undefined> {
  const packIds = (await db.packs.toCollection().primaryKeys()) as number[];
  const runs = await checkPacksInWorkers(db.name, packIds);
  if (!runs) return undefined;
  const ids = runs.flatMap((r) => r.ids);
  if (new Set(ids).size !== ids.length) return undefined;
  return { blob: assembleExportBlob(runs.map((r) => ({ result: r.result, blob: r.blob, count: r.ids.length }))), count: ids.length };
}

/**
 * Exports the whole library, or every version of the given policies (URLs),
 * so an export carries history and an import brings it back. The stored JSON
 * of each card goes into the file as it is, after validation in workers.
 * Returns how many cards went into the file.
 */
export async function exportCards(db: PolicyLensDb, urls?: readonly string[]): Promise<number> {
  const all = urls ? undefined : await exportAllInWorkers(db);
  if (all) {
    downloadBlob(all.blob, exportFileName());
    return all.count;
  }
  const parts = await exportJsonParts(db, urls);
  downloadBlob(await buildExportBlob(parts, checkInWorkers), exportFileName());
  return parts.length;
}
