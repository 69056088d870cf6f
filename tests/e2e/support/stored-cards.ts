import type { Page } from 'playwright-core';
import type { Card } from '../../../lib/schema';

/**
 * Every card in the extension's IndexedDB, read raw from an extension page
 * (no extension code involved, so a test sees what is really stored), sorted
 * by id. Storage v2 keeps cards as JSON strings in packs (`{ id, ids, json }`).
 */
export async function storedCards(page: Page): Promise<Card[]> {
  const cards = await page.evaluate(
    () =>
      new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('packs').objectStore('packs').getAll();
          request.onsuccess = () => {
            ok((request.result as Array<{ json: string[] }>).flatMap((p) => p.json.map((j): unknown => JSON.parse(j))));
            db.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
  return (cards as Card[]).sort((a, b) => (a.id < b.id ? -1 : 1));
}
