/**
 * Storage failures in plain words. IndexedDB and Dexie throw DOMException
 * names ("QuotaExceededError", "InvalidStateError") that mean nothing to
 * the person using the library; every write failure becomes one sentence
 * that says what happened and what it did to their cards.
 */

/** Why a write failed, by the DOMException / Dexie error name found anywhere in the error's chain. */
const REASONS: ReadonlyArray<[names: readonly string[], reason: string]> = [
  [['QuotaExceededError'], 'your disk is full'],
  [['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'MissingAPIError', 'NotFoundError'], 'the library’s storage is not available right now'],
  [['VersionError', 'UpgradeError', 'VersionChangeError'], 'a newer Policy Lens changed the library; reload this page'],
  [['DataCloneError', 'DataError'], 'the browser could not store these cards'],
  [['ReadOnlyError'], 'the library is read-only right now'],
  [['TimeoutError'], 'the browser took too long to write'],
];

const FALLBACK = 'the browser could not write to the library';

/** The error names in `error` and whatever it wraps (Dexie's `inner`, `cause`, a bulk write's failures). */
function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return [...names, ...nested.flatMap((n) => errorNames(n, depth + 1))];
}

/** Why a storage operation failed, in plain words, lower-case ("your disk is full"). */
export function storageReason(error: unknown): string {
  if (error instanceof StorageError) return error.reason;
  const names = errorNames(error);
  // The most specific cause wins: a quota error wrapped in an AbortError is a full disk.
  for (const [known, reason] of REASONS) if (names.some((n) => known.includes(n))) return reason;
  return FALLBACK;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Your disk is full: nothing was deleted." — the reason, then what it means for the cards. */
export function storageSentence(error: unknown, consequence: string): string {
  const end = /[.!?]$/.test(consequence) ? '' : '.';
  return `${capitalize(storageReason(error))}: ${consequence}${end}`;
}

/**
 * What `lib/storage` throws when a read or write fails: the message is a
 * plain sentence, the original error is the `cause` (for the console).
 */
export class StorageError extends Error {
  override name = 'StorageError';
  readonly reason: string;

  constructor(cause: unknown) {
    const reason = storageReason(cause);
    super(`${capitalize(reason)}.`, { cause });
    this.reason = reason;
  }
}
