import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectEngineRegexes } from '../support/regex-corpus';
import type { Collected } from '../support/collect-regexes';

/**
 * Issue 11: every regex the engine and the extractor construct, collected at
 * run time (tests/support/collect-regexes.ts), is checked for ReDoS by
 * recheck's native binary (npm `recheck` + `recheck-linux-x64`, no Java, no
 * download).
 *
 * recheck is slow on large patterns (fuzzing, up to ~10 s each on this box),
 * so verdicts are kept in recheck-results.json, keyed by the exact flags,
 * source, recheck version and parameters: a regex that is new or changed is
 * always checked here and now; `RECHECK_ALL=1` re-checks everything and
 * `RECHECK_WRITE=1` stores new verdicts.
 *
 * A regex recheck calls vulnerable (or cannot decide in time) is allowed only
 * with a measured linear timing in V8: its attack string (or, without one,
 * the generic adversarial inputs) pumped to 5k and to 20k characters; 4× the
 * input may take at most 8× the time (quadratic would be 16×), or under 50 ms
 * at 20k (then even a quadratic cost is under 0.2 ms on a 1,200-char unit).
 * A regex that reads super-linear is measured again, up to three times, since
 * load from elsewhere on the machine can disturb one measurement. Every unit the engine tests is also capped (docs/bounds.md), so
 * even a regex that is quadratic in theory costs a bounded time per unit.
 */

const RECHECK_VERSION: string = JSON.parse(readFileSync(join(__dirname, '../../node_modules/recheck/package.json'), 'utf8')).version;
const PARAMS = { timeout: 10_000, randomSeed: 0 } as const;
const CACHE_FILE = join(__dirname, 'recheck-results.json');
const CACHE_TAG = `recheck ${RECHECK_VERSION} ${JSON.stringify(PARAMS)}`;

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: { pumps: Array<{ prefix: string; pump: string }>; suffix: string };
}

interface Cache {
  tag: string;
  results: Record<string, Verdict>;
}

function keyOf(r: Collected): string {
  return `${r.flags}/${r.source}`;
}

function loadCache(): Cache {
  if (process.env.RECHECK_ALL === '1' || !existsSync(CACHE_FILE)) return { tag: CACHE_TAG, results: {} };
  const c = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cache;
  return c.tag === CACHE_TAG ? c : { tag: CACHE_TAG, results: {} };
}

function saveCache(cache: Cache, keep: Set<string>): void {
  const results = Object.fromEntries(Object.entries(cache.results).filter(([k]) => keep.has(k)).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(CACHE_FILE, `${JSON.stringify({ tag: cache.tag, results }, null, 1)}\n`);
}

/** Generic pumps for a regex recheck could not decide on: the shapes pages use against naive patterns. */
const GENERIC_PUMPS = ['a', 'A&', ' ', 'we ', 'Abc ', '-', ', ', 'data ', 'not ', 'a.', 'x@', 'Name (', '12 ', '"a" '];

function attackStrings(v: Verdict, length: number): string[] {
  if (v.attack?.pumps.length) {
    const per = v.attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
    const k = Math.max(1, Math.floor(length / per));
    return [v.attack.pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + v.attack.suffix];
  }
  return GENERIC_PUMPS.map((p) => p.repeat(Math.ceil(length / p.length)).slice(0, length) + '!');
}

/** Time to scan `s` the way the engine does (a global exec loop), best of 3. */
function scanTime(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    g.lastIndex = 0;
    for (let m = g.exec(s), n = 0; m && n < 1_000_000; m = g.exec(s), n++) if (m[0].length === 0) g.lastIndex++;
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Worst (largest-ratio) timing of a regex over its attack strings at 5k and 20k chars. */
function measure(r: Collected, v: Verdict): { small: number; large: number; ratio: number; linear: boolean } {
  const re = new RegExp(r.source, r.flags);
  let worst = { small: 0, large: 0, ratio: 0, linear: true };
  const smalls = attackStrings(v, 5_000);
  const larges = attackStrings(v, 20_000);
  for (let i = 0; i < smalls.length; i++) {
    const small = scanTime(re, smalls[i]!);
    const large = scanTime(re, larges[i]!);
    const ratio = large / Math.max(small, 0.05);
    // under 50 ms at 20k chars a regex costs nothing on a capped unit (≤ 1,200 chars), whatever its degree
    const linear = large < 50 || ratio <= 8;
    if (!linear || ratio > worst.ratio) worst = { small, large, ratio, linear: linear && worst.linear };
  }
  return worst;
}

describe('recheck: every regex the engine and extractor construct', () => {
  test('0 vulnerable, or linear in V8 on the attack string (justified below)', async () => {
    process.env.RECHECK_BACKEND = 'native';
    const { check } = await import('recheck');
    const { collector, pages } = collectEngineRegexes();
    const all = [...collector.found.values()];
    const cache = loadCache();
    let checkedNow = 0;
    for (const r of all) {
      const key = keyOf(r);
      if (cache.results[key]) continue;
      const d = await check(r.source, r.flags, PARAMS);
      checkedNow++;
      cache.results[key] =
        d.status === 'vulnerable'
          ? { status: 'vulnerable', complexity: d.complexity.summary, attack: { pumps: d.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })), suffix: d.attack.suffix } }
          : { status: d.status, ...(d.status === 'safe' ? { complexity: d.complexity.summary } : {}) };
      if (process.env.RECHECK_WRITE === '1' && checkedNow % 10 === 0) saveCache(cache, new Set(Object.keys(cache.results)));
    }
    if (process.env.RECHECK_WRITE === '1') saveCache(cache, new Set(all.map(keyOf)));

    const flagged = all.filter((r) => cache.results[keyOf(r)]!.status !== 'safe');
    const exceptions = flagged.map((r) => {
      const v = cache.results[keyOf(r)]!;
      let m = measure(r, v);
      for (let again = 0; again < 2 && !m.linear; again++) m = measure(r, v);
      return { where: r.where, status: v.status, complexity: v.complexity ?? 'undecided', ...m, source: r.source.slice(0, 80) };
    });
    console.log(`recheck: ${all.length} regexes (${pages} pages run), ${checkedNow} checked now, ${all.length - flagged.length} safe, ${flagged.filter((r) => cache.results[keyOf(r)]!.status === 'vulnerable').length} vulnerable, ${flagged.filter((r) => cache.results[keyOf(r)]!.status === 'unknown').length} undecided`);
    for (const e of exceptions) console.log(`  ${e.linear ? 'linear' : 'SUPER-LINEAR'} ${e.status} (${e.complexity}) 5k ${e.small.toFixed(2)} ms → 20k ${e.large.toFixed(2)} ms (×${e.ratio.toFixed(1)}) ${e.where}: ${e.source}`);

    expect(all.length).toBeGreaterThan(400);
    expect(exceptions.filter((e) => e.complexity.includes('exponential'))).toEqual([]);
    expect(exceptions.filter((e) => !e.linear).map((e) => `${e.where}: ${e.source}`)).toEqual([]);
  }, 60 * 60_000);
});
