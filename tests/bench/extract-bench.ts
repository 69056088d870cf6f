/**
 * What the content script costs in the page, text map included (issue 10:
 * "Show on page" maps quotes back through a map kept with the extraction;
 * the click → card budget is 300 ms warm on a 10,000-word policy). Runs the
 * shipped `extract.js` in headless Chromium on the seed page and generated
 * long policies, and reports its size, the extraction time (median), the
 * map's size in runs, and how long turning a paragraph-long quote into a
 * Range takes.
 *
 *   npm run bench:extract
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, SHIPPED_BUILD } from '../e2e/support/extension';
import { buildLongPolicyHtml } from '../e2e/fixtures/long-policy';
import { seedAsWebPage } from '../support/seed-page';

const script = readFileSync(join(SHIPPED_BUILD, 'extract.js'), 'utf8');
const PAGES: Array<[string, string, number]> = [
  ['seed policy (Plenum) as a web page', seedAsWebPage(readFileSync(resolve('../shared/seeds/001_622cfcfa89d48dcb.txt'), 'utf8'), 'Plenum'), 9],
  ['10,000-word policy', buildLongPolicyHtml(10_000), 9],
  ['280,000-word page (past the analysis cap)', buildLongPolicyHtml(280_000), 3],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  console.log(`extract.js: ${Buffer.byteLength(script)} bytes (budget 60,000)\n`);
  console.log('| page | text chars | map runs | extraction (median) | one paragraph → Range (mean of 200) |');
  console.log('|---|---|---|---|---|');
  for (const [name, html, reps] of PAGES) {
    await page.setContent(html);
    const times: number[] = [];
    let last = { chars: 0, runs: 0, rangeMs: 0 };
    for (let i = 0; i < reps; i++) {
      const r = await page.evaluate((src) => {
        const t0 = performance.now();
        const result = (0, eval)(src) as { text: string; blocks: Array<{ start: number; end: number }> };
        const ms = performance.now() - t0;
        type Kept = { runs: number; rangeFor(s: number, e: number, q: string): Range | undefined };
        const kept = (globalThis as unknown as { __policyLensTextMap: Kept }).__policyLensTextMap;
        // A paragraph from the middle of the text, looked up 200 times.
        const block = result.blocks[Math.floor(result.blocks.length / 2)]!;
        const quote = result.text.slice(block.start, block.end);
        // The page's clock is coarse (0.1 ms), so 200 lookups are timed together.
        const t1 = performance.now();
        for (let j = 0; j < 200; j++) {
          if (!kept.rangeFor(block.start, block.end, quote)) throw new Error('the map did not resolve a block');
        }
        return { ms, chars: result.text.length, runs: kept.runs, rangeMs: (performance.now() - t1) / 200 };
      }, script);
      times.push(r.ms);
      last = r;
    }
    console.log(`| ${name} | ${last.chars} | ${last.runs} | ${median(times).toFixed(1)} ms | ${(last.rangeMs * 1000).toFixed(0)} µs |`);
  }
} finally {
  await browser.close();
}
