import { describe, expect, test } from 'vitest';
import { isTaxonomyId } from '../../lib/schema';
import { RULES } from '../../lib/rules';
import type { Rule, RuleExample } from '../../lib/rules/types';
import { compileRules, matchRule, withPrevious, type Hit } from '../../lib/engine/match';
import { segment } from '../../lib/engine/segment';

function hitsOf(rule: Rule, text: string, previous?: string): Hit[] {
  const [compiled] = compileRules([rule]);
  const whole = previous ? `${previous} ${text}` : text;
  const units = withPrevious(segment({ text: whole, blocks: [] }));
  // with a previous sentence, only the example sentence's own hits count
  return units.filter((u) => !previous || u.start >= previous.length).flatMap((u) => matchRule(compiled!, u));
}

function asExample(e: string | RuleExample): RuleExample {
  return typeof e === 'string' ? { text: e } : e;
}

describe('rule data', () => {
  test('rule ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s is well-formed', (_id, rule) => {
    expect(rule.id === `${rule.section}/${rule.finding}` || rule.id.startsWith(`${rule.section}/${rule.finding}:`)).toBe(true);
    expect(isTaxonomyId(rule.section, rule.finding)).toBe(true);
    expect(rule.patterns.length).toBeGreaterThan(0);
    expect(rule.note.length).toBeGreaterThan(10);
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
  });
});

const matchCases = RULES.flatMap((r) => r.examples.match.map((e) => [r.id, asExample(e).text, r, asExample(e)] as const));
const noMatchCases = RULES.flatMap((r) => r.examples.noMatch.map((t) => [r.id, t, r] as const));

describe('rule examples', () => {
  test.each(matchCases)('%s matches %j', (_id, _text, rule, ex) => {
    const hits = hitsOf(rule, ex.text, ex.previous);
    expect(hits.length).toBeGreaterThan(0);
    if (ex.status) expect(hits.map((h) => h.status)).toContain(ex.status);
    if (ex.status === 'no') expect(hits.map((h) => h.status)).not.toContain('yes');
    if (ex.value) expect(hits.map((h) => h.value)).toContain(ex.value);
    if (ex.detail) expect(hits.map((h) => h.detail)).toContain(ex.detail);
  });

  test.each(noMatchCases)('%s does not match %j', (_id, text, rule) => {
    expect(hitsOf(rule, text)).toEqual([]);
  });
});
