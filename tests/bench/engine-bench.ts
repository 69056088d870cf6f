/**
 * Engine benchmark (`npm run bench:engine`): the in-process engine time on the
 * OPP-115 dev pages after extraction (best of 3 per policy), reported as the
 * median per 1,000 words, plus the NLP model's load time and a linearity
 * check (a realistic policy repeated 1x, 2x, 4x, 8x). Needs ../shared.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNlp } from '../../lib/engine/clause';
import { summarize } from '../../lib/engine';
import { readInput } from '../../lib/cli/read-input';
import type { ExtractedPage } from '../../lib/schema';

const CORPUS = join(process.cwd(), '../shared/corpus/opp115/dev');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function best(page: ExtractedPage, runs = 3): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    summarize(page, { analyzedAt: '2026-01-01T00:00:00Z' });
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  loadNlp();
  const load = performance.now() - t0;
  console.log(`NLP model load (wink-eng-lite-web-model, first in this process): ${load.toFixed(0)} ms`);
  if (!existsSync(CORPUS)) throw new Error(`${CORPUS} not found: the engine bench needs ../shared beside the project`);
  const dirs = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'page.html')) || existsSync(join(CORPUS, d, 'text.txt')));
  const pages: ExtractedPage[] = [];
  for (const d of dirs) {
    const f = existsSync(join(CORPUS, d, 'page.html')) ? join(CORPUS, d, 'page.html') : join(CORPUS, d, 'text.txt');
    pages.push(await readInput(f));
  }
  // warm-up pass: JIT and the tagger's caches, as in a worker that has served one page
  for (const p of pages) summarize(p);
  const perK: number[] = [];
  const perPolicy: number[] = [];
  for (const p of pages) {
    const words = p.text.split(/\s+/).filter(Boolean).length;
    const ms = best(p);
    perPolicy.push(ms);
    perK.push((ms / Math.max(words, 1)) * 1000);
  }
  console.log(`${pages.length} OPP-115 dev pages: median ${median(perPolicy).toFixed(1)} ms per policy, median ${median(perK).toFixed(2)} ms per 1,000 words (best of 3 each)`);
  const base = pages.map((p) => p.text).join('\n\n').slice(0, 60_000);
  const times: string[] = [];
  let first = 0;
  for (const k of [1, 2, 4, 8]) {
    const text = Array.from({ length: k }, () => base).join('\n\n');
    const ms = best({ url: 'https://example.com/privacy', title: 'Privacy Policy', text, blocks: [] }, 2);
    if (k === 1) first = ms;
    times.push(`${k}x ${ms.toFixed(0)} ms (${(ms / first).toFixed(1)})`);
  }
  console.log(`linearity, a 60 kB mix repeated: ${times.join(', ')}`);
  const words10k = pages.map((p) => p.text).join('\n\n').split(/\s+/).slice(0, 10_000).join(' ');
  console.log(`a 10,000-word policy: ${best({ url: 'https://example.com/privacy', title: 'Privacy Policy', text: words10k, blocks: [] }).toFixed(0)} ms in the engine`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
