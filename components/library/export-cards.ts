import type { PolicyLensDb } from '../../lib/storage';
import { exportFile } from '../../lib/transfer/export-file';
import { checkRunsInWorkers } from '../../lib/transfer/worker-pool';
import { downloadBlob } from './download';

/** Exports the whole library, or every version of the given policies, and saves the file; returns how many cards it holds. */
export async function exportCards(db: PolicyLensDb, urls?: readonly string[]): Promise<number> {
  const file = await exportFile(db, checkRunsInWorkers, urls);
  downloadBlob(file.blob, file.fileName);
  return file.count;
}
