import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { summarize } from '../../lib/engine';

const FIXTURES = join(__dirname, '../regression/fixtures');
const base = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8')).join('\n\n');

function policyOf(chars: number): string {
  let t = '';
  while (t.length < chars) t += `${base}\n\n`;
  return t.slice(0, chars);
}

function timeOf(text: string): number {
  const page = { url: 'https://example.com/privacy', title: 'Privacy Policy', text, blocks: [] };
  summarize(page); // warm the regex compiler and JIT
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    summarize(page);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

test('summarize is linear in the text length', () => {
  const small = timeOf(policyOf(25_000));
  const large = timeOf(policyOf(200_000));
  // 8x the text: allow up to 16x the time (noise on a shared machine), never quadratic (64x)
  expect(large / Math.max(small, 1)).toBeLessThan(16);
  // a 25 kB policy (a long real one) stays well inside the popup budget even on a busy CI box
  expect(small).toBeLessThan(250);
}, 30_000); // several summaries of a 200 kB text: the default 5 s is too tight on a loaded 2-core box
