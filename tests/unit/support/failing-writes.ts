import type { Dexie } from 'dexie';

/** A switch that makes every write of a database fail the way a full disk does. */
export interface FailingWrites {
  /** Writes fail from now on (after `after` more succeed), with a DOMException of this name. */
  fail(name?: string, after?: number): void;
  /** Writes succeed again. */
  heal(): void;
  /** How many writes were refused. */
  readonly refused: number;
}

/**
 * Puts a fake quota in front of `db` (a Dexie DBCore middleware, so it sits
 * where IndexedDB would refuse the write): every put/add/delete is refused
 * with `QuotaExceededError` while failing. Register before `db.open()`.
 */
export function failingWrites(db: Dexie): FailingWrites {
  let failing: string | undefined;
  let allowed = 0;
  let refused = 0;
  db.use({
    stack: 'dbcore',
    name: 'fake-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (failing && allowed-- <= 0) {
              refused++;
              return Promise.reject(new DOMException('The quota has been exceeded.', failing));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    fail(name = 'QuotaExceededError', after = 0) {
      failing = name;
      allowed = after;
    },
    heal() {
      failing = undefined;
    },
    get refused() {
      return refused;
    },
  };
}
