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
import { E2E_BUILD, launchExtension } from '../e2e/support/extension';
import { generateCards } from './generate-cards';
import { median, seed, timeCompare } from './support/library-page';

const COUNT = Number(process.env.BENCH_CARDS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

async function main() {
  const builds = [process.argv[2], process.argv[3] ?? E2E_BUILD];
  if (!builds[0]) throw new Error('usage: compare-ab.ts <build A> [build B]');
  const cards = generateCards(COUNT);
  const sides = [];
  for (const build of builds) {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-ab-'));
    cpSync(build!, dir, { recursive: true });
    const session = await launchExtension([], dir);
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/library.html`;
    await page.goto(url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await seed(page, cards);
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
