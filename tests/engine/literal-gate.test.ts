import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { literalGateFile, literalGateTable } from '../../lib/engine/generate-literal-gates';
import { analyseLiterals } from '../../lib/engine/literal-analysis';
import { gateText, LiteralGates, requiredLiterals } from '../../lib/engine/literal-gate';
import { gatedRegexes } from '../../lib/engine/match';
import { RULES } from '../../lib/rules';

/** What each regex shape must require: clauses (one string of each), `null` when the regex always runs. */
const NEEDS: Array<[RegExp, string[][] | null]> = [
  [/\bcollect(?:s|ed)?\s(?:email|e-mail)\b/i, [['collect'], ['e-mail', 'email']]],
  [/\b(?:share|sell)s?\b/, [['sell', 'share']]],
  [/[Ee]-?mail\saddress/, [['address'], ['mail']]],
  [/\bGDPR\b/, [['gdpr']]],
  [/(?:we|us)\s\w+/, null],
  [/\b(?:ads?|cookies)\b/, null],
  [/(?:opt)?\s?out\sof\b/, [['out']]],
  [/do(?=\snot)\snot\ssell/, [['sell'], ['not']]],
  [/\bno(?:t|ne)?\b|\bnever\b/, null],
  [/(?<name>Google|Facebook)\sAnalytics/, [['analytics'], ['facebook', 'google']]],
  [/[^a-z]{3,80}/, null],
  [/(?:data|information){1,2}\sbroker/, [['broker'], ['data', 'information']]],
  [/\btransf(?:er|err)(?:ed|ing)?/, [['transf']]],
  [/\bunder\s\d{1,2}\b/, [['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], ['under']]],
  [/[\w.]+@[\w.]+/, [['@']]],
  [/a\sb\sc/, null],
];

describe('analyseLiterals', () => {
  test.each(NEEDS)('%s needs %j', (re, need) => {
    const got = analyseLiterals(re);
    const norm = (cnf: readonly (readonly string[])[]) => cnf.map((c) => [...c].sort()).sort((x, y) => x.join().localeCompare(y.join()));
    expect(got === null ? null : norm(got)).toEqual(need === null ? null : norm(need));
  });
});

/** Every regex the engine gates, as written but without the global flag (the gate table is keyed by source). */
const RULE_REGEXES = [...new Set(gatedRegexes(RULES))].map((re) => new RegExp(re.source, re.flags.replace('g', '')));

describe('the gate table shipped with the engine', () => {
  test('is generated from the current rules (run `npm run gates`)', () => {
    const file = readFileSync(join(import.meta.dirname, '../../lib/engine/literal-gates.json'), 'utf8');
    expect(file).toBe(literalGateFile(literalGateTable()));
  });

  test('gives each regex what the analysis gives it', () => {
    for (const re of RULE_REGEXES) expect(requiredLiterals(re)).toEqual(analyseLiterals(re));
  });
});

/** Our own sentences: every rule example, in three casings. */
const SENTENCES = RULES.flatMap((r) => [...r.examples.match.map((e) => (typeof e === 'string' ? e : e.text)), ...r.examples.noMatch]).flatMap((s) => [s, s.toUpperCase(), s.toLowerCase()]);

describe('the gate never stops a match', () => {
  const gates = new LiteralGates(RULE_REGEXES);

  test('most rule regexes get a gate', () => {
    const gated = RULE_REGEXES.filter((re) => requiredLiterals(re) !== null).length;
    expect(gated / RULE_REGEXES.length).toBeGreaterThan(0.85);
  });

  test(`on every rule example, each of the ${RULE_REGEXES.length} rule regexes that matches passes its gate`, () => {
    let matched = 0;
    for (const s of SENTENCES) {
      const present = gates.scan(gateText(s));
      for (const re of RULE_REGEXES) {
        if (!re.test(s)) continue;
        matched++;
        if (!gates.mayMatch(re, present)) expect.fail(`${re} matches ${JSON.stringify(s)} but its gate said no`);
      }
    }
    expect(matched).toBeGreaterThan(SENTENCES.length);
  });

  test('and it does stop most regexes on a sentence that has nothing to do with them', () => {
    const present = gates.scan(gateText('The weather was lovely on Tuesday.'));
    const passed = RULE_REGEXES.filter((re) => gates.mayMatch(re, present)).length;
    expect(passed).toBeLessThan(RULE_REGEXES.length * 0.2);
  });

  test('on generated text built from the gate strings themselves', () => {
    const pieces = [...new Set(RULE_REGEXES.flatMap((re) => (requiredLiterals(re) ?? []).flat()))];
    const word = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('we', 'you', 'not', 'our', 'ſ', 'İ', 'ς', 'K'), fc.string({ maxLength: 6 }));
    const casing = fc.constantFrom<(s: string) => string>((s) => s, (s) => s.toUpperCase(), (s) => s.charAt(0).toUpperCase() + s.slice(1));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, casing), { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', ', ', '-', ''), (words, sep) => {
        const s = words.map(([w, c]) => c(w)).join(sep);
        const present = gates.scan(gateText(s));
        for (const re of RULE_REGEXES) if (re.test(s) && !gates.mayMatch(re, present)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the automaton finds overlapping and nested strings', () => {
  const a = /\bhers\b/;
  const b = /\bshe\b/;
  const c = /\bhis\b/;
  const d = /\bushe/;
  const gates = new LiteralGates([a, b, c, d], analyseLiterals);
  test.each([
    ['ushers', [true, true, false, true]],
    ['this', [false, false, true, false]],
    ['she', [false, true, false, false]],
    ['nothing', [false, false, false, false]],
  ])('%s', (text, want) => {
    const present = gates.scan(gateText(text));
    expect([a, b, c, d].map((re) => gates.mayMatch(re, present))).toEqual(want);
  });
  test('a regex the set was not built with always runs', () => {
    expect(gates.mayMatch(/\bzebra\b/, gates.scan('nothing'))).toBe(true);
  });
});
