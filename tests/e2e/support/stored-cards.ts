import type { Page } from 'playwright-core';
import type { Card } from '../../../lib/schema';

/**
 * Every card in the extension's IndexedDB, read raw from an extension page
 * (no extension code involved, so a test sees what is really stored), sorted
 * by id. Storage v3 keeps cards in packs whose `body` is a Blob of the
 * cards' JSON joined by commas (`{ id, ids, keys, summaryJson, sizes, body }`).
 */
export async function storedCards(page: Page): Promise<Card[]> {
  const cards = await page.evaluate(
    async () =>
      // Opening a database that does not exist would create an empty one under the extension's feet.
      !(await indexedDB.databases()).some((d) => d.name === 'policy-lens')
        ? []
        : new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('packs').objectStore('packs').getAll();
          request.onsuccess = () => {
            db.close();
            const packs = request.result as Array<{ body: Blob }>;
            Promise.all(packs.map(async (p): Promise<unknown[]> => JSON.parse(`[${await p.body.text()}]`) as unknown[])).then((all) => ok(all.flat()), fail);
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
  return (cards as Card[]).sort((a, b) => (a.id < b.id ? -1 : 1));
}
