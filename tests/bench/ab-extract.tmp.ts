import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/support/extension';
import { buildLongPolicyHtml } from '../e2e/fixtures/long-policy';
const scripts = [process.argv[2]!, process.argv[3]!].map((f) => readFileSync(f, 'utf8'));
const html = buildLongPolicyHtml(10_000);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const res: number[][] = [[], []];
let sameText = true;
const texts: string[] = ['', ''];
for (let i = 0; i < 15; i++) for (const k of i % 2 ? [1, 0] : [0, 1]) {
  const page = await browser.newPage();
  await page.setContent(html);
  const r = await page.evaluate((src) => { const t = performance.now(); const out = (0, eval)(src) as { text: string }; return { ms: performance.now() - t, text: out.text }; }, scripts[k]!);
  res[k]!.push(r.ms); texts[k] = r.text;
  await page.close();
}
sameText = texts[0] === texts[1];
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!.toFixed(1);
console.log('A', med(res[0]!), 'B', med(res[1]!), 'same text', sameText);
await browser.close();
