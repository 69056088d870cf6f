import { afterEach, beforeEach } from 'vitest';
import { PolicyLensDb } from '@/lib/storage';

/**
 * Gives every test in the calling file or describe block a fresh, uniquely
 * named database (fake-indexeddb), handed to `use` before the test and
 * deleted after it.
 */
export function useTestDb(prefix: string, use: (db: PolicyLensDb) => void): void {
  let db: PolicyLensDb | undefined;
  beforeEach(async () => {
    db = new PolicyLensDb(`${prefix}-${Math.random()}`);
    await db.open();
    use(db);
  });
  afterEach(async () => {
    await db?.delete();
  });
}
