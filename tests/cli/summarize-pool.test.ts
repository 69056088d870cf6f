import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema, type Card } from '../../lib/schema';
import { summarizeOne } from '../../lib/cli/summarize-pool';

const page = (name: string) => resolve('tests/fixtures/pages', name);
const withoutTime = ({ analyzedAt: _, ...card }: Card) => card;
/** A card as the export document carries it (the schema's own normalisation applied). */
const exported = (card: Card) =>
  exportDocumentSchema.parse({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(0).toISOString(), cards: [card] }).cards[0]!;

describe('summarize over worker threads', () => {
  test('a batch shared between threads (largest files first) gives the cards of one-by-one runs, in input order', async () => {
    // Sizes differ, so the queue order (largest first) is not the input order.
    const files = ['bold-headings-policy.html', 'acme-notes-privacy.html', 'cafe-windows-1252.html', 'recipe-not-a-policy.html', 'acme-notes-privacy.html'].map(page);
    expect(new Set(files.map((f) => statSync(f).size)).size).toBeGreaterThan(2);
    const text = 'We collect your email address. We do not sell your personal information.';
    // Enough inputs for worker threads (25 per thread).
    const many = Array.from({ length: 11 }, () => files).flat();
    const inputs = [...many.slice(0, 2), '-', ...many.slice(2)];
    expect(inputs.length).toBeGreaterThanOrEqual(50);
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'summarize', '--json', ...inputs], { input: text, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cards = exportDocumentSchema.parse(JSON.parse(run.stdout)).cards;
    expect(cards).toHaveLength(inputs.length);
    const alone = new Map<string, Card>();
    for (const file of files) {
      const one = await summarizeOne(file);
      if (!('card' in one)) throw new Error(one.error);
      alone.set(file, exported(one.card));
    }
    for (const [k, input] of inputs.entries()) {
      if (input === '-') expect(cards[k]!.source.url).toBe('stdin:');
      else expect(withoutTime(cards[k]!)).toEqual(withoutTime(alone.get(input)!));
    }
  }, 60_000);
});
