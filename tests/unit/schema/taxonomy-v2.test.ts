// @vitest-environment node
/**
 * Taxonomy v2 in the schema: `condition` belongs to a denial, `contrary`
 * marks a quote that reads the other way, and a v1 card (neither field) is a
 * valid v2 card, so old exports import unchanged.
 */
import { describe, expect, test } from 'vitest';
import { exportDocumentSchema, findingSchema } from '../../../lib/schema';

const quote = { start: 0, end: 24, text: 'We do not sell your data' };
const v1Finding = { section: 'sharing', id: 'sale', status: 'no', evidence: [quote] };

const cases: Array<[string, unknown, boolean]> = [
  ['a v1 finding (no condition, no contrary)', v1Finding, true],
  ['a denial with a consent condition', { ...v1Finding, condition: 'consent' }, true],
  ['a denial with a legal condition', { ...v1Finding, condition: 'law' }, true],
  ['a condition on a yes', { ...v1Finding, status: 'yes', condition: 'consent' }, false],
  ['an unknown condition', { ...v1Finding, condition: 'maybe' }, false],
  ['a contrary quote beside a supporting one', { ...v1Finding, evidence: [quote, { start: 30, end: 40, text: 'We sell it', contrary: true }] }, true],
  ['only contrary quotes', { ...v1Finding, evidence: [{ ...quote, contrary: true }] }, false],
  ['contrary: false is not the schema', { ...v1Finding, evidence: [{ ...quote, contrary: false }] }, false],
];

describe('finding schema, taxonomy v2', () => {
  test.each(cases)('%s', (_name, finding, valid) => {
    expect(findingSchema.safeParse(finding).success).toBe(valid);
  });
});

test('an export written before v2 (no condition, no contrary) still validates', () => {
  const doc = {
    format: 'policy-lens/export',
    version: 1,
    exportedAt: '2025-06-01T00:00:00.000Z',
    cards: [
      {
        id: 'abc',
        service: { name: 'Acme', domain: 'acme.example' },
        source: { url: 'https://acme.example/privacy', title: 'Privacy', textLength: 24, textHash: 'f00' },
        engineVersion: '1.2.0',
        analyzedAt: '2025-06-01T00:00:00.000Z',
        policyScore: 0.9,
        findings: [v1Finding],
      },
    ],
  };
  expect(exportDocumentSchema.safeParse(doc).success).toBe(true);
});
