import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { segment, summarize } from '../../lib/engine';
import { summarizeAsync, type Pace } from '../../lib/engine/summarize-async';
import { pageFromHtml, pageFromText } from '../../lib/cli/read-input';
import type { ExtractedPage } from '../../lib/schema';

/**
 * The background runs the engine in slices (`summarizeAsync`), the CLI and
 * the tests in one piece (`summarize`): both must give the same card, to the
 * byte, on every page we have (seeds, regression fixtures, HTML fixtures,
 * adversarial pages), however often the async run yields.
 */
const AT = '2025-01-01T00:00:00.000Z';
const SEEDS = join(__dirname, '../../../shared/seeds');
const REGRESSION = join(__dirname, '../regression/fixtures');
const HTML = join(__dirname, '../fixtures/pages');
const files = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : []);

const PAGES: Array<[string, () => ExtractedPage]> = [
  ...files(SEEDS, '.txt').map((f): [string, () => ExtractedPage] => [`seed ${f}`, () => pageFromText(readFileSync(join(SEEDS, f), 'utf8'), `file:///seeds/${f}`)]),
  ...files(REGRESSION, '.txt').map((f): [string, () => ExtractedPage] => [`regression ${f}`, () => pageFromText(readFileSync(join(REGRESSION, f), 'utf8'), `file:///regression/${f}`)]),
  ...files(HTML, '.html').map((f): [string, () => ExtractedPage] => [`page ${f}`, () => pageFromHtml(readFileSync(join(HTML, f), 'latin1'), `https://www.acme.com/${f}`)]),
  // A rule that reads the sentence before (`previousCue`): the link must survive unit-by-unit matching.
  ['a refusal in the sentence after the one naming the signal', () => pageFromText('Privacy Policy\nWe collect your email address.\nSome browsers can send a Do Not Track signal. Our site ignores these signals.', 'file:///dnt.txt')],
  ['long paragraph title', () => ({ url: 'https://acme.com/p', title: 'Privacy | Acme', text: `A${'b'.repeat(40_000)}. We collect your email address.`, blocks: [] })],
  ['letters without spaces', () => ({ url: 'https://acme.com/p', title: 'Privacy | Acme', text: 'a'.repeat(50_000), blocks: [] })],
];

/** A pace that yields to the event loop at every chance (the most slices a run can have). */
const everyUnit: Pace = { yieldNow: () => new Promise((resolve) => setImmediate(resolve)) };
/** A pace that never yields: the async run in one piece. */
const never: Pace = { yieldNow: async () => {}, due: () => false };

test('there are pages to compare (seeds are optional, the fixtures are not)', () => {
  expect(PAGES.length).toBeGreaterThan(8);
});

describe.each([
  ['yielding after every unit', everyUnit],
  ['never yielding', never],
])('summarizeAsync %s', (_name, pace) => {
  test.each(PAGES)('%s: the same card as summarize', async (_page, make) => {
    const sync = summarize(make(), { analyzedAt: AT });
    const async = await summarizeAsync(make(), { analyzedAt: AT }, pace);
    expect(sync.findings.length + sync.source.textLength).toBeGreaterThan(0);
    expect(JSON.stringify(async)).toBe(JSON.stringify(sync));
  });
});

test('yields between units: once after segmenting and once after each unit', async () => {
  let yields = 0;
  const page = pageFromText(readFileSync(join(REGRESSION, files(REGRESSION, '.txt')[0]!), 'utf8'), 'file:///r.txt');
  await summarizeAsync(page, {}, { yieldNow: async () => void yields++ });
  expect(segment(page).length).toBeGreaterThan(10);
  expect(yields).toBe(segment(page).length + 1);
});
