import { exportRuns, stampCheckedRuns, type PolicyLensDb } from '../../lib/storage';
import { buildExportBlob, exportFileName } from '../../lib/library/import-export';
import { checkRunsInWorkers } from './card-check-pool';
import { downloadBlob } from './download';

/**
 * Exports the whole library, or every version of the given policies (URLs),
 * so an export carries history and an import brings it back. The file is
 * the stored Blobs joined (no card is read or re-serialized); cards written
 * under another card schema are checked first, in the workers. Returns how
 * many cards went into the file.
 */
export async function exportCards(db: PolicyLensDb, urls?: readonly string[]): Promise<number> {
  const runs = await exportRuns(db, urls);
  downloadBlob(await buildExportBlob(runs, checkRunsInWorkers), exportFileName());
  // every run passed (or the export threw): packs checked just now need no check next time;
  // a failed stamp only means the next export checks them again
  await stampCheckedRuns(db, runs).catch(() => 0);
  return runs.reduce((n, r) => n + r.count, 0);
}
