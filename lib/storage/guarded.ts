import { StorageError } from '../errors/storage-error';

/** Raised inside the import transaction so it aborts and nothing is written. */
export class ImportConflictError extends Error {}

/**
 * Runs a storage operation; whatever IndexedDB throws comes out as a
 * `StorageError` whose message is a plain sentence (never a DOMException
 * name). Errors of our own (an import conflict) pass through.
 */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof ImportConflictError || e instanceof StorageError) throw e;
    throw new StorageError(e);
  }
}
