import { importPacks, type PolicyLensDb } from '../storage';
import { checkHere, mergeChecks, type CardChecker, type CheckResult } from './card-check';
import type { ImportSlice } from './worker-jobs';
import { MAX_IMPORT_BYTES, describeProblem, parseExportHead, type Migration, MIGRATIONS } from './export-format';
import { errorMessage } from '../errors/error-message';
import { StorageError } from '../errors/storage-error';
import { decodeUtf8, invalidUtf8Message } from './card-meaning';

/** The bits of a `File` the importer uses, so tests can pass plain objects. */
export interface ImportSource {
  name?: string;
  size: number;
  text(): Promise<string>;
  /** The file's bytes (a `File` has it): decoded strictly, so bytes that are not UTF-8 are refused, not replaced. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export type ImportOutcome =
  | { ok: true; imported: number; skipped: number; message: string }
  | { ok: false; error: string };

export interface ImportOptions {
  maxBytes?: number;
  migrations?: Readonly<Record<number, Migration>>;
  /** Validates the cards; the library page spreads this over workers. Default: on this thread. */
  check?: CardChecker;
  /**
   * Reads and checks the file off the page (the library's workers: a large
   * file split at card boundaries, one part each; otherwise each parses the
   * whole file and checks one run of cards), or `undefined` to do it here.
   * Only used with the current format's migrations.
   */
  readInWorkers?: () => Promise<ImportSlice[] | undefined>;
}

/** "Imported 12, 3 already in your library". */
export function importMessage(imported: number, skipped: number): string {
  const base = `Imported ${imported}`;
  return skipped > 0 ? `${base}, ${skipped} already in your library` : base;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/**
 * Imports one export file: size check, parse and validate everything first
 * (each card once; the cards come back packed and stamped, so they are not
 * validated again on export), then one all-or-nothing transaction. Never throws: any failure comes back
 * as one message, and then nothing has been written.
 */
export async function importFile(
  db: PolicyLensDb,
  file: ImportSource,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size === 0) return { ok: false, error: 'The file is empty.' };
  if (file.size > maxBytes) {
    return { ok: false, error: `The file is too large (${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}).` };
  }
  const slices = options.readInWorkers && !options.migrations ? await options.readInWorkers() : undefined;
  if (slices) {
    const refused = slices.find((s) => !s.ok);
    if (refused && !refused.ok) return refused;
    const checked = slices.flatMap((s) => (s.ok ? [s] : []));
    return store(db, mergeChecks([checked[0]!.head, ...checked.map((s) => s.result)]));
  }
  let text: string;
  try {
    if (file.arrayBuffer) {
      const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return { ok: false, error: invalidUtf8Message(decoded.at) };
      text = decoded.text;
    } else text = await file.text();
  } catch (e) {
    return { ok: false, error: `The file could not be read (${errorMessage(e)}).` };
  }
  const head = parseExportHead(text, options.migrations ?? MIGRATIONS);
  if (!head.ok) return head;
  text = '';
  try {
    const cards = await (options.check ?? checkHere)({ items: head.cards, offset: 0, fromJson: false, prepare: true });
    // Reported exactly as one validation of the whole document would: the first problem, then how many more.
    return store(db, mergeChecks([head.head, cards]));
  } catch (e) {
    const reason = errorMessage(e);
    return { ok: false, error: `Nothing was imported: ${reason}` };
  }
}

/** The checked file into the library, all or nothing; never throws. */
async function store(db: PolicyLensDb, all: CheckResult): Promise<ImportOutcome> {
  try {
    if (all.problems) return { ok: false, error: describeProblem(all.first, all.problems) };
    const { imported, skipped } = await importPacks(db, all.packs!);
    return { ok: true, imported, skipped, message: importMessage(imported, skipped) };
  } catch (e) {
    // The write failed (a full disk): the transaction wrote nothing, and the sentence says why in plain words.
    if (e instanceof StorageError) return { ok: false, error: e.message };
    const reason = errorMessage(e);
    return { ok: false, error: `Nothing was imported: ${reason}` };
  }
}
