import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';
import { storedCards } from './support/stored-cards';

/**
 * A library left by the first storage version, with one row no version of
 * Policy Lens could read, opens in real Chromium: the readable cards are
 * listed and the page says one was set aside (it once showed "Loading… 0
 * policies so far" forever).
 */

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const card = (n: number) => ({
  id: `https://site${n}.test/privacy#h${n}`,
  service: { name: `Site ${n}`, domain: `site${n}.test` },
  source: { url: `https://site${n}.test/privacy`, title: 'Privacy', textLength: 100, textHash: `h${n}` },
  engineVersion: '0.9.0',
  analyzedAt: '2024-05-01T10:00:00.000Z',
  policyScore: 0.9,
  findings: [{ section: 'sharing', id: 'sale', status: 'no', evidence: [{ start: 0, end: 25, text: 'We do not sell your data.' }] }],
});

test('a version 1 library with a malformed row opens with its readable cards and says one was set aside', async () => {
  const page = await session.context.newPage();
  // An extension page that does not open the database, so the old one can be written first.
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.evaluate(
    (rows) =>
      new Promise<void>((ok, fail) => {
        // Dexie's version 1 is IndexedDB version 10.
        const open = indexedDB.open('policy-lens', 10);
        open.onupgradeneeded = () => open.result.createObjectStore('cards', { keyPath: 'id' });
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('cards', 'readwrite');
          for (const row of rows) tx.objectStore('cards').put(row);
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [card(1), { id: 'broken', findings: 5 }, card(2)],
  );
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await expect.poll(() => page.getByTestId('card-row').count(), { timeout: 20_000 }).toBe(2);
  await expect.poll(() => page.getByTestId('notice').locator('.notice-message').innerText()).toBe('1 saved card could not be read and was set aside.');
  expect((await storedCards(page)).map((c) => c.id)).toEqual([card(1).id, card(2).id]);
  expect(session.foreignRequests).toEqual([]);
});
