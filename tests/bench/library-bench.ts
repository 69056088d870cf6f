/**
 * Library benchmark (not a test): the e2e build in headless Chromium with
 * 10,000 generated cards in the extension's IndexedDB, timing what a person
 * waits for. Run with `npm run bench` (it builds first). Prints a table.
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchExtension } from '../e2e/support/extension';
import { generateCards } from './generate-cards';
import { median, seed, timeCompare } from './support/library-page';

const COUNT = Number(process.env.BENCH_CARDS ?? 10_000);
const TARGETS = { firstRender: 1000, fullyLoaded: Infinity, search: 100, compare: 100, export: 2000, import: 5000 };

async function clearCards(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('policy-lens');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs'], 'readwrite');
          tx.objectStore('packs').clear();
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/**
 * The floors this machine sets, with no library code at all (written as
 * strings so the bundler's helpers never leak into the page): raw IndexedDB
 * reading every pack (getAll: Blob bodies come back as references), and
 * turning a string of the export's size into a Blob (what an export built
 * from strings would pay; the v3 layout never does).
 */
const BASELINE = `(async () => {
  const db = await new Promise((ok, fail) => { const o = indexedDB.open('policy-lens'); o.onsuccess = () => ok(o.result); o.onerror = () => fail(o.error); });
  let t = performance.now();
  const all = await new Promise((ok) => { const r = db.transaction('packs').objectStore('packs').getAll(); r.onsuccess = () => ok(r.result); });
  const getAll = performance.now() - t;
  const size = all.reduce((n, p) => n + p.body.size, 0);
  const text = 'x'.repeat(1e6).repeat(Math.round(size / 1e6));
  t = performance.now();
  new Blob([text]);
  const blob = performance.now() - t;
  db.close();
  return { getAll, blob };
})()`;

const BASELINE_READ = `(async () => {
  const db = await new Promise((ok) => { const o = indexedDB.open('policy-lens'); o.onsuccess = () => ok(o.result); });
  const r = await new Promise((ok) => { const q = db.transaction('packs').objectStore('packs').getAll(); q.onsuccess = () => ok(q.result); });
  window.__benchPacks = r;
  db.close();
  return r.reduce((n, p) => n + p.ids.length, 0);
})()`;
const BASELINE_WRITE = `(async () => {
  const db = await new Promise((ok) => { const o = indexedDB.open('policy-lens'); o.onsuccess = () => ok(o.result); });
  const t = performance.now();
  await new Promise((ok) => { const tx = db.transaction(['packs'], 'readwrite'); for (const p of window.__benchPacks) tx.objectStore('packs').add(p); tx.oncomplete = () => ok(); });
  db.close();
  delete window.__benchPacks;
  return performance.now() - t;
})()`;

/** Time in the page from a typed query until the list shows its result, measured with the page's own clock. */
async function timeSearch(page: Page, text: string): Promise<{ ms: number; result: string }> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const count = document.querySelector('[data-testid=result-count]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const t0 = performance.now();
    setter.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait until the list answers this query (the count may not change, e.g. with few cards), then for the frame that paints it.
    while ((count as HTMLElement).dataset.query !== query) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return { ms: performance.now() - t0, result: count.textContent ?? '' };
  }, text);
}

const COMPARE_ROUNDS = 9;

async function main() {
  // Run from a copy: other work may rebuild .output while the benchmark runs.
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-build-'));
  // BENCH_BUILD: another e2e build to measure (e.g. an older commit's, for a before/after on one machine).
  cpSync(process.env.BENCH_BUILD ?? E2E_BUILD, dir, { recursive: true });
  const session = await launchExtension([], dir);
  const results: Array<[string, number, number, string]> = [];
  try {
    const page = await session.context.newPage();
    // A worker that fails (e.g. under the extension CSP) falls back with a warning: show it.
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') console.log(`page ${m.type()}: ${m.text()}`);
    });
    const libraryUrl = `chrome-extension://${session.extensionId}/library.html`;
    await page.goto(libraryUrl);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();

    const t = Date.now();
    const cards = generateCards(COUNT);
    await seed(page, cards);
    const bytes = JSON.stringify(cards).length;
    console.log(`seeded ${COUNT} cards (${(bytes / 1e6).toFixed(0)} MB of JSON) in ${Date.now() - t} ms`);

    // First render: navigation start → first rows on screen, on the page's clock. Three cold loads.
    const firsts: number[] = [];
    const fulls: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank');
      await page.goto(libraryUrl, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelector('[data-testid=card-row]'), undefined, { polling: 'raf' });
      firsts.push(await page.evaluate(() => performance.now()));
      await page.waitForFunction(() => !document.querySelector('[data-testid=result-count]')?.textContent?.startsWith('Loading'), undefined, { polling: 'raf', timeout: 60_000 });
      fulls.push(await page.evaluate(() => performance.now()));
    }
    results.push(['first render (rows on screen)', median(firsts), TARGETS.firstRender, `median of 3: ${firsts.map((x) => x.toFixed(0)).join(', ')}`]);
    results.push(['all 10,000 summarized (search ready)', median(fulls), TARGETS.fullyLoaded, `median of 3: ${fulls.map((x) => x.toFixed(0)).join(', ')}`]);

    const searches: number[] = [];
    let lastResult = '';
    for (const q of ['pixel', 'cloud notes', 'harbor.io', 'summit 12', 'zzz-nothing', '']) {
      const { ms, result } = await timeSearch(page, q);
      searches.push(ms);
      lastResult = `${q || '(cleared)'} → ${result}`;
    }
    results.push(['search (type → list painted)', Math.max(...searches), TARGETS.search, `worst of ${searches.length}: ${searches.map((x) => x.toFixed(0)).join(', ')}; last ${lastResult}`]);

    const compares: number[] = [];
    const wholes: number[] = [];
    for (let round = 0; round < COMPARE_ROUNDS; round++) {
      const boxes = page.getByTestId('card-row').locator('input[type=checkbox]');
      // Six different rows each round (a window of the first ten rows on screen, shifted by one).
      for (let k = 0; k < 6; k++) await boxes.nth((round + k) % 10).check();
      const { first, whole } = await timeCompare(page);
      compares.push(first);
      wholes.push(whole);
      const columns = await page.locator('[data-testid=compare-matrix] thead th.service-head').count();
      if (columns !== 6) throw new Error(`expected 6 columns, got ${columns}`);
      await page.getByRole('button', { name: '← Library' }).click();
      await page.getByRole('button', { name: 'Clear selection' }).click();
    }
    results.push(['six-card comparison (click → matrix painted)', median(compares), TARGETS.compare, `median of ${compares.length}: ${compares.map((x) => x.toFixed(0)).join(', ')}`]);
    results.push(['  the same, until every section is painted', median(wholes), Infinity, `median of ${wholes.length}: ${wholes.map((x) => x.toFixed(0)).join(', ')}`]);

    // Measured after search and compare: reading 100 MB leaves garbage that would slow them.
    const baseline = (await page.evaluate(BASELINE)) as { getAll: number; blob: number };

    const file = join(tmpdir(), `policy-lens-bench-${Date.now()}.json`);
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export all' }).click()]);
    const exportMs = Date.now() - t0;
    await download.saveAs(file);
    results.push(['export all (click → download starts)', exportMs, TARGETS.export, `${(statSync(file).size / 1e6).toFixed(0)} MB file`]);
    results.push(['  baseline: raw IndexedDB getAll of every pack', baseline.getAll, Infinity, 'no library code: the floor for reading']);
    results.push(['  baseline: Blob of an export-sized string', baseline.blob, Infinity, 'no library code; what a string-built export pays']);

    await clearCards(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    const t1 = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByTestId('notice').filter({ hasText: /^Imported|Could not/ }).waitFor({ timeout: 120_000 });
    const importMs = Date.now() - t1;
    const message = await page.getByTestId('notice').innerText();
    results.push(['import into an empty library (pick → done)', importMs, TARGETS.import, message.split('\n')[0]!]);
    // The floor for writing: the same cards put back with raw IndexedDB, one transaction.
    const all = (await page.evaluate(BASELINE_READ)) as number;
    await clearCards(page);
    const rawAdd = (await page.evaluate(BASELINE_WRITE)) as number;
    results.push(['  baseline: raw IndexedDB add of every pack (Blob bodies)', rawAdd, Infinity, `${all} cards, one transaction, no validation`]);
    rmSync(file, { force: true });
    if (session.foreignRequests.length) throw new Error(`network requests: ${session.foreignRequests.join(', ')}`);
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const rows = results.map(([name, ms, target, note]) => [
    name,
    `${ms.toFixed(0)} ms`,
    Number.isFinite(target) ? `≤ ${target} ms` : '—',
    Number.isFinite(target) ? (ms <= target ? 'ok' : 'SLOW') : '',
    note,
  ]);
  const header = ['measure', 'time', 'target', '', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\nLibrary benchmark, ${COUNT.toLocaleString('en')} cards, headless Chromium\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
