import { exportRuns, stampCheckedRuns, type PolicyLensDb } from '../storage';
import { buildExportBlob, exportFileName } from './export-format';
import type { RunChecker } from './card-check';

/** An export file ready to save: its bytes, its name and how many cards it holds. */
export interface ExportFile {
  blob: Blob;
  fileName: string;
  count: number;
}

/**
 * Exports the whole library, or every version of the given policies (URLs),
 * so an export carries history and an import brings it back. The file is
 * the stored Blobs joined (no card is read or re-serialized); cards written
 * under another card schema (or before a check was added) are checked first
 * by `check` (the library's workers), and any problem refuses the file.
 */
export async function exportFile(db: PolicyLensDb, check: RunChecker, urls?: readonly string[], now: Date = new Date()): Promise<ExportFile> {
  const runs = await exportRuns(db, urls);
  const blob = await buildExportBlob(runs, check, now);
  // Every run passed (or the export threw): packs checked just now need no check next time;
  // a failed stamp only means the next export checks them again.
  await stampCheckedRuns(db, runs).catch(() => 0);
  return { blob, fileName: exportFileName(now), count: runs.reduce((n, r) => n + r.count, 0) };
}
