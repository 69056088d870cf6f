/**
 * Paired benchmark of import (not a test): one export file of generated
 * cards imported into an empty library by two e2e builds, each in its own
 * headless Chromium, in alternating rounds, so load from other processes on
 * a shared machine falls on both alike. Times pick → "Imported N" on the
 * page, as `npm run bench` does.
 * `npx tsx tests/bench/import-ab.ts <build A> [build B]` (default B: .output/chrome-mv3-e2e;
 * BENCH_CARDS, BENCH_ROUNDS). Prints each build's median.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchExtension } from '../e2e/support/extension';
import { buildExportDocument } from '../../lib/transfer/export-format';
import { generateCards } from './generate-cards';
import { median } from './support/library-page';

const COUNT = Number(process.env.BENCH_CARDS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Empties the packs table and reloads the empty library. */
async function emptyLibrary(page: Page, url: string): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('policy-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction(['packs'], 'readwrite');
          tx.objectStore('packs').clear();
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  await page.goto(url);
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  // The workers start when the page is idle after the list shows: give them that moment, as a person would.
  await page.waitForTimeout(1500);
}

async function main() {
  const builds = [process.argv[2], process.argv[3] ?? E2E_BUILD];
  if (!builds[0]) throw new Error('usage: import-ab.ts <build A> [build B]');
  const file = join(tmpdir(), `policy-lens-import-ab-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(buildExportDocument(generateCards(COUNT))));
  const sides = [];
  for (const build of builds) {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-iab-'));
    cpSync(build!, dir, { recursive: true });
    const session = await launchExtension([], dir);
    const page = await session.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error' || process.env.BENCH_LOG) console.log(`page ${m.type()}: ${m.text()}`);
    });
    const url = `chrome-extension://${session.extensionId}/library.html`;
    await page.goto(url);
    sides.push({ build: build!, dir, session, page, url, ms: [] as number[] });
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        await emptyLibrary(side.page, side.url);
        const t = Date.now();
        await side.page.getByTestId('import-input').setInputFiles(file);
        await side.page.getByTestId('notice').filter({ hasText: /^Imported|Could not/ }).waitFor({ timeout: 120_000 });
        side.ms.push(Date.now() - t);
        const message = (await side.page.getByTestId('notice').innerText()).split('\n')[0];
        if (!message?.startsWith(`Imported ${COUNT.toLocaleString('en')}`) && !message?.startsWith(`Imported ${COUNT}`)) throw new Error(`${side.build}: ${message}`);
      }
    }
  } finally {
    for (const side of sides) {
      await side.session.close();
      rmSync(side.dir, { recursive: true, force: true });
    }
    rmSync(file, { force: true });
  }
  for (const side of sides) console.log(`${side.build}: import median ${median(side.ms)} ms (${side.ms.join(', ')})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
