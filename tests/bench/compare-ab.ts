/**
 * Paired benchmark of the compare view (not a test): two e2e builds, each in
 * its own headless Chromium with the same generated library, timed in
 * alternating rounds, so load from other processes on a shared machine falls
 * on both alike. `npx tsx tests/bench/compare-ab.ts <build A> <build B>`
 * (defaults: B is .output/chrome-mv3-e2e). Prints each build's median.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchExtension } from '../e2e/support/extension';
import { PACK_SIZE, makePacks, prepareCard } from '../../lib/storage/packs';
import { generateCards } from './generate-cards';

const COUNT = Number(process.env.BENCH_CARDS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

async function seed(page: Page, json: string[]): Promise<void> {
  for (const batch of json) {
    await page.evaluate(
      (text) =>
        new Promise<void>((ok, fail) => {
          const packs = JSON.parse(text) as Array<Record<string, unknown> & { text: string }>;
          const open = indexedDB.open('policy-lens');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['packs'], 'readwrite');
            for (const { text: body, ...p } of packs) tx.objectStore('packs').put({ ...p, body: new Blob([body]) });
            tx.oncomplete = () => {
              open.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      batch,
    );
  }
}

/** Click → first paint of the matrix, and → every section painted, on the page's clock. */
async function timeCompare(page: Page): Promise<{ first: number; whole: number }> {
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const builds = [process.argv[2], process.argv[3] ?? E2E_BUILD];
  if (!builds[0]) throw new Error('usage: compare-ab.ts <build A> [build B]');
  const prepared = generateCards(COUNT).map(prepareCard);
  const packs = makePacks(prepared).map(({ body: _body, ...pack }, i) => ({ ...pack, id: i + 1, text: prepared.slice(i * PACK_SIZE, (i + 1) * PACK_SIZE).map((p) => p.json).join(',') }));
  const batches: string[] = [];
  for (let i = 0; i < packs.length; i += 30) batches.push(JSON.stringify(packs.slice(i, i + 30)));
  const sides = [];
  for (const build of builds) {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-ab-'));
    cpSync(build!, dir, { recursive: true });
    const session = await launchExtension([], dir);
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/library.html`;
    await page.goto(url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await seed(page, batches);
    await page.goto(url);
    await page.waitForFunction(() => !document.querySelector('[data-testid=result-count]')?.textContent?.startsWith('Loading'), undefined, { timeout: 120_000 });
    sides.push({ build: build!, dir, session, page, first: [] as number[], whole: [] as number[] });
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        const boxes = side.page.getByTestId('card-row').locator('input[type=checkbox]');
        for (let k = 0; k < 6; k++) await boxes.nth((round + k) % 10).check();
        await side.page.waitForTimeout(100);
        const t = await timeCompare(side.page);
        side.first.push(t.first);
        side.whole.push(t.whole);
        await side.page.getByRole('button', { name: '← Library' }).click();
        await side.page.getByRole('button', { name: 'Clear selection' }).click();
      }
    }
  } finally {
    for (const side of sides) {
      await side.session.close();
      rmSync(side.dir, { recursive: true, force: true });
    }
  }
  for (const side of sides) {
    console.log(`${side.build}: first paint median ${median(side.first).toFixed(0)} ms, whole matrix median ${median(side.whole).toFixed(0)} ms (${ROUNDS} rounds: ${side.first.map((x) => x.toFixed(0)).join(', ')})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
