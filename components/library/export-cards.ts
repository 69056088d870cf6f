import { exportJsonParts, type PolicyLensDb } from '../../lib/storage';
import { buildExportBlob, exportFileName } from '../../lib/library/import-export';
import { checkInWorkers } from './card-check-pool';
import { downloadBlob } from './download';

/**
 * Exports the whole library, or every version of the given policies (URLs),
 * so an export carries history and an import brings it back. The stored JSON
 * of each card goes into the file as it is, after validation in workers.
 * Returns how many cards went into the file.
 */
export async function exportCards(db: PolicyLensDb, urls?: readonly string[]): Promise<number> {
  const parts = await exportJsonParts(db, urls);
  downloadBlob(await buildExportBlob(parts, checkInWorkers), exportFileName());
  return parts.length;
}
