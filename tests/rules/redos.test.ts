import { describe, expect, test } from 'vitest';
import { RULES } from '../../lib/rules';
import { classify } from '../../lib/engine';
import { COLLECT_CONTEXT, COLLECT_CUE, RETENTION_CONTEXT, RETENTION_CUE, RIGHTS_CONTEXT, SHARE_CONTEXT, SHARE_CUE, USER_CUE } from '../../lib/rules/vocab';

const N = 100_000;
function fill(unit: string): string {
  return unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
}

/** Inputs that make naive patterns backtrack: repeats, long runs without spaces or punctuation. */
const ADVERSARIAL: Array<[string, string]> = [
  ['repeated words', fill('data ')],
  ['repeated share phrase', fill('we may share with ')],
  ['not not', fill('not ')],
  ['long whitespace', `we ${' '.repeat(N)} collect`],
  ['letters without spaces', 'a'.repeat(N)],
  ['capitalised run', fill('Abc ')],
  ['sell words', fill('sell rent trade ')],
  ['digits', fill('12 ')],
  ['emails-ish', fill('a.')],
  ['commas', fill('information, ')],
  ['mixed sentence', fill('We do not sell, rent or trade your personal information unless ')],
  ['at signs', fill('x@')],
  ['parens', fill('Name (')],
];

const ALL_PATTERNS: Array<[string, RegExp]> = [
  ...RULES.flatMap((r) => [...r.patterns, ...(r.cue ?? []), ...(r.context ?? []), ...(r.veto ?? []), ...(r.unless ?? [])].map((p, i) => [`${r.id}#${i}`, p] as [string, RegExp])),
  ...Object.entries({ COLLECT_CONTEXT, COLLECT_CUE, RETENTION_CONTEXT, RETENTION_CUE, RIGHTS_CONTEXT, SHARE_CONTEXT, SHARE_CUE, USER_CUE }),
];

describe('catastrophic backtracking', () => {
  test.each(ADVERSARIAL)('every rule pattern is fast on %s', (_name, input) => {
    const t0 = performance.now();
    let worst = 0;
    let worstId = '';
    for (const [id, p] of ALL_PATTERNS) {
      const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
      const s = performance.now();
      let n = 0;
      for (let m = re.exec(input); m && n < 100_000; m = re.exec(input)) {
        n++;
        if (m[0].length === 0) re.lastIndex++;
      }
      const dt = performance.now() - s;
      if (dt > worst) {
        worst = dt;
        worstId = id;
      }
    }
    expect({ worstId, slow: worst > 400 }).toEqual({ worstId, slow: false });
    expect(performance.now() - t0).toBeLessThan(8000);
  });

  test.each(ADVERSARIAL)('classify() stays within budget on %s', (_name, input) => {
    const t0 = performance.now();
    classify(input);
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
