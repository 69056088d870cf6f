// @vitest-environment node
/**
 * One verdict per practice, on every card we can build here: the seeds, the
 * regression fixtures and (when ../shared is beside the project) the OPP-115
 * dev pages. No card may hold `yes` and `no` for one section + id (+ name),
 * every finding keeps a quote that supports its status, and a condition only
 * ever sits on a denial.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../lib/engine';
import { readInput } from '../../lib/cli/read-input';
import type { Card, ExtractedPage } from '../../lib/schema';
import { cardSchema } from '../../lib/schema';
import { conflictingPractices } from './support/one-verdict';

function checkCard(card: Card): void {
  expect(conflictingPractices(card.findings)).toEqual([]);
  for (const f of card.findings) {
    expect(f.evidence.some((e) => !e.contrary)).toBe(true);
    if (f.condition) expect(f.status).toBe('no');
  }
  expect(cardSchema.safeParse(card).success).toBe(true);
}

const page = (text: string): ExtractedPage => ({ url: 'https://example.com/privacy', title: 'Privacy Policy', text, blocks: [] });
const SEEDS = join(__dirname, '../../../shared/seeds');
const FIXTURES = join(__dirname, '../regression/fixtures');
const DEV = join(__dirname, '../../../shared/corpus/opp115/dev');

describe('one verdict per practice on every card', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  test.each(fixtures)('regression fixture %s', (f) => checkCard(summarize(page(readFileSync(join(FIXTURES, f), 'utf8')))));

  const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
  test.runIf(seeds.length > 0).each(seeds)('seed %s', (f) => checkCard(summarize(page(readFileSync(join(SEEDS, f), 'utf8')))));

  test.runIf(existsSync(DEV))('every OPP-115 dev page (../shared)', async () => {
    const dirs = readdirSync(DEV).filter((d) => existsSync(join(DEV, d, 'page.html')) || existsSync(join(DEV, d, 'text.txt')));
    let cards = 0;
    for (const d of dirs) {
      const f = existsSync(join(DEV, d, 'page.html')) ? join(DEV, d, 'page.html') : join(DEV, d, 'text.txt');
      checkCard(summarize(await readInput(f)));
      cards++;
    }
    expect(cards).toBeGreaterThan(70);
  }, 120_000);
});
