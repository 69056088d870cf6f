import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../lib/engine';
import { pageFromText } from '../../../lib/cli/read-input';
import { keyFacts } from '@/lib/present/key-facts';

/**
 * The key facts of the three seed policies, read by a person from the seed
 * texts: what the grid must say whatever the engine's internals do.
 */
const SEEDS = join(__dirname, '../../../../shared/seeds');

const EXPECTED: Array<[file: string, service: string, answers: Record<string, string | RegExp>]> = [
  ['000_b9733ba957b82573.txt', 'Planim', { sells: 'No', advertising: 'No', delete: 'Yes', copy: 'Yes', retention: /30 days/, min_age: '16' }],
  [
    '001_622cfcfa89d48dcb.txt',
    'Plenum',
    { sells: 'No', delete: 'Yes', copy: 'Yes', retention: '30 days to 7 years', min_age: '18', leaves_region: 'Yes' },
  ],
  ['002_3edcce855d137134.txt', 'Plugantic', { sells: 'No', advertising: 'No', delete: 'Yes', copy: 'Yes', retention: '30 days to 7 years', leaves_region: 'Yes' }],
];

describe.skipIf(!existsSync(SEEDS))('key facts on the seed policies', () => {
  test.each(EXPECTED)('%s (%s)', (file, service, answers) => {
    const card = summarize(pageFromText(readFileSync(join(SEEDS, file), 'utf8'), `file:///seeds/${file}`), { analyzedAt: '2025-01-01T00:00:00.000Z' });
    expect(card.service.name).toBe(service);
    const facts = Object.fromEntries(keyFacts(card.findings).map((k) => [k.id, k]));
    for (const [id, want] of Object.entries(answers)) {
      expect(facts[id]?.text, id).toMatch(typeof want === 'string' ? new RegExp(`^${want}$`) : want);
      expect(facts[id]?.evidence.length, `${id} opens its quotes`).toBeGreaterThan(0);
    }
  });
});
