import { Dexie, type EntityTable } from 'dexie';
import type { Card } from '../schema';

export const DB_NAME = 'policy-lens';

/**
 * The one database of the extension. Cards are stored exactly as the card
 * schema describes them; a newer analysis of the same URL with a different
 * text hash is another card (a version of that URL), the same hash is the
 * same card. Every future `version(n)` must keep every card.
 */
export class PolicyLensDb extends Dexie {
  cards!: EntityTable<Card, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      cards: 'id, service.domain, source.url, [source.url+source.textHash], analyzedAt',
    });
  }
}

let shared: PolicyLensDb | undefined;

/** The extension's database, opened lazily so importing this module has no side effects. */
export function getDb(): PolicyLensDb {
  shared ??= new PolicyLensDb();
  return shared;
}
