import { describe, expect, test } from 'vitest';
import { classify } from '../../../lib/engine';
import { conflictingPractices } from '../support/one-verdict';
import { POLARITY_CASES } from './cases';

describe('polarity suite (one verdict per practice, after the clause layer)', () => {
  test('has at least 120 cases and both directions in every family that can be denied', () => {
    expect(POLARITY_CASES.length).toBeGreaterThanOrEqual(120);
    const statuses = new Set(POLARITY_CASES.map((c) => c.status));
    expect([...statuses].sort()).toEqual([undefined, 'no', 'yes'].sort());
  });

  test.each(POLARITY_CASES.map((c) => [c.family, c.text, c] as const))('%s: %s', (_family, text, c) => {
    const findings = classify(text).filter((f) => f.section === c.section && f.id === c.id);
    if (c.absent) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set([c.status]));
    if (c.status === 'no') expect(findings[0]!.condition).toBe(c.condition);
  });
});

describe('a card never holds yes and no for one practice', () => {
  test.each(POLARITY_CASES.map((c) => [c.text] as const))('%s', (text) => {
    expect(conflictingPractices(classify(text))).toEqual([]);
  });
});
