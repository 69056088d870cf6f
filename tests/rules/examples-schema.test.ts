import { describe, expect, test } from 'vitest';
import { RULES } from '../../lib/rules';
import { EXTRA_EXAMPLES } from '../../lib/rules/examples';
import type { Rule } from '../../lib/rules/types';

/** At least this many examples of each kind (issue 9, item 4). */
const MIN = 3;

/** A practice can be denied unless the rule states facts (`polarity: 'yes'`) or drops denials. */
function deniable(rule: Rule): boolean {
  return rule.polarity !== 'yes' && rule.onNegated !== 'drop';
}

function counts(rule: Rule) {
  const m = rule.examples.match;
  return {
    bare: m.filter((e) => typeof e === 'string' || e.status === undefined).length,
    yes: m.filter((e) => typeof e !== 'string' && e.status === 'yes').length,
    no: m.filter((e) => typeof e !== 'string' && e.status === 'no').length,
    none: rule.examples.noMatch.length,
  };
}

describe('every rule states its examples with their status', () => {
  test.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const c = counts(rule);
    // a bare string (or an object without status) says the rule fires but not how
    expect(c.bare, 'match examples without a status').toBe(0);
    expect(c.yes, '`yes` examples').toBeGreaterThanOrEqual(MIN);
    expect(c.none, '`noMatch` examples').toBeGreaterThanOrEqual(MIN);
    if (deniable(rule)) expect(c.no, '`no` examples (the practice can be denied)').toBeGreaterThanOrEqual(MIN);
  });

  test('example files name only existing rules', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(EXTRA_EXAMPLES).filter((id) => !ids.has(id))).toEqual([]);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s has no duplicate example', (_id, rule) => {
    const texts = [...rule.examples.match.map((e) => (typeof e === 'string' ? e : e.text)), ...rule.examples.noMatch];
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});
