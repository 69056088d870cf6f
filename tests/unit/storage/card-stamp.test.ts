// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The card stamp hashes the card schema as JSON Schema, which cannot see a
 * `.refine` (evidence end > start, taxonomy ids). So any edit to the schema
 * files must be a decision: if a refinement now accepts or refuses other
 * cards, bump `CHECK_REVISION` in lib/storage/card-stamp.ts (every stored
 * pack is then checked again on export); either way, update the hash below.
 */
test('an edit to the card or finding schema is a decision about CHECK_REVISION', () => {
  const source = ['card.ts', 'finding.ts'].map((f) => readFileSync(join(__dirname, '../../../lib/schema', f), 'utf8')).join('');
  expect(createHash('sha256').update(source).digest('hex').slice(0, 16)).toBe('0491ae090c5c3da4');
});
