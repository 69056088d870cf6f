/**
 * What the library benches share: seeding a library page with generated
 * cards straight into IndexedDB, timing the compare view on the page's clock,
 * and the median of a run.
 */
import type { Page } from 'playwright-core';
import type { Card } from '../../../lib/schema';
import { PACK_SIZE, makePacks, prepareCard } from '../../../lib/storage/packs';

/**
 * Writes cards with raw IndexedDB into the database the library page already
 * opened, in the storage v3 layout, packed in Node with the extension's own
 * `prepareCard` (which validates each card and stamps it, as saving does)
 * and `makePacks` (test-only; nothing ships). Bodies cross as strings and
 * become Blobs in the page, as the extension stores them.
 */
export async function seed(page: Page, cards: Card[]): Promise<void> {
  const prepared = cards.map(prepareCard);
  if (prepared.some((p) => !p.checked)) throw new Error('a generated card fails the card schema');
  const packs = makePacks(prepared).map(({ body: _body, ...pack }, i) => ({
    ...pack,
    id: i + 1,
    text: prepared.slice(i * PACK_SIZE, (i + 1) * PACK_SIZE).map((p) => p.json).join(','),
  }));
  const per = 30;
  for (let i = 0; i < packs.length; i += per) {
    // Sent as one JSON string: Playwright serializes a string far faster than a deep object.
    await page.evaluate(
      (json) =>
        new Promise<void>((ok, fail) => {
          const batch = JSON.parse(json) as Array<Record<string, unknown> & { text: string }>;
          const open = indexedDB.open('policy-lens');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['packs'], 'readwrite');
            for (const { text, ...p } of batch) tx.objectStore('packs').put({ ...p, body: new Blob([text]) });
            tx.oncomplete = () => {
              db.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      JSON.stringify(packs.slice(i, i + per)),
    );
  }
}

/**
 * Time in the page from clicking "Compare" until the matrix is painted
 * (`first`), and until every section of it is (`whole`: the sections below
 * the first screen follow a frame later, see compare-view.tsx).
 */
export async function timeCompare(page: Page): Promise<{ first: number; whole: number }> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Compare ('))!;
    const t0 = performance.now();
    button.click();
    while (!document.querySelector('[data-testid=compare-matrix] tbody tr')) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const first = performance.now() - t0;
    while (document.querySelector('[data-testid=compare-matrix][aria-busy=true]')) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return { first, whole: performance.now() - t0 };
  });
}

/** The middle value of a run (upper middle for an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
