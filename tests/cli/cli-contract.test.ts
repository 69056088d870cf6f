import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportDocumentSchema } from '../../lib/schema';
import { pageFromHtml, readInput } from '../../lib/cli/read-input';
import { classifyLine } from '../../lib/cli/classify-command';

const page = (name: string) => resolve('tests/fixtures/pages', name);

/** Runs the CLI exactly as the evaluation scripts do. */
function cli(args: string[], input?: string) {
  return spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run --silent cli -- summarize', () => {
  test('--json prints one valid export document, cards in input order, nothing else on stdout', () => {
    const run = cli(['summarize', '--json', page('acme-notes-privacy.html'), page('bold-headings-policy.html')]);
    expect(run.status).toBe(0);
    const document = exportDocumentSchema.parse(JSON.parse(run.stdout));
    expect(document.cards.map((c) => c.source.url)).toEqual([
      `file://${page('acme-notes-privacy.html')}`,
      `file://${page('bold-headings-policy.html')}`,
    ]);
    expect(document.cards[0]!.source.textLength).toBeGreaterThan(1000);
  }, 60_000);

  test('every evidence span slices the extracted text exactly', async () => {
    const run = cli(['summarize', '--json', page('acme-notes-privacy.html')]);
    const card = exportDocumentSchema.parse(JSON.parse(run.stdout)).cards[0]!;
    const extracted = (await readInput(page('acme-notes-privacy.html'))).text;
    expect(card.source.textLength).toBe(extracted.length);
    for (const finding of card.findings) {
      for (const evidence of finding.evidence) expect(extracted.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  }, 60_000);

  test('a missing file is reported on stderr with a non-zero exit, other inputs still printed', () => {
    const run = cli(['summarize', '--json', page('acme-notes-privacy.html'), 'no-such-file.html']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no-such-file.html');
    expect(exportDocumentSchema.parse(JSON.parse(run.stdout)).cards).toHaveLength(1);
  }, 60_000);

  test('without --json prints a readable card', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'summarize', page('acme-notes-privacy.html')], {
      encoding: 'utf8',
    });
    expect(out).toContain('source: file://');
    expect(out).toContain('policy score:');
  }, 60_000);

  test('reads standard input with - also among other inputs', () => {
    const files = ['acme-notes-privacy.html', 'bold-headings-policy.html', 'recipe-not-a-policy.html', 'acme-notes-privacy.html'];
    const run = cli(['summarize', '--json', ...files.map(page), '-'], 'We collect your email address. We do not sell your personal information.');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cards = exportDocumentSchema.parse(JSON.parse(run.stdout)).cards;
    expect(cards.map((c) => c.source.url)).toEqual([...files.map((f) => `file://${page(f)}`), 'stdin:']);
  }, 60_000);

  test('reads standard input with -', () => {
    const run = cli(['summarize', '--json', '-'], 'We collect your email address. We do not sell your personal information.');
    expect(run.status).toBe(0);
    expect(exportDocumentSchema.parse(JSON.parse(run.stdout)).cards[0]!.source.url).toBe('stdin:');
  }, 60_000);
});

describe('npm run --silent cli -- classify', () => {
  test('one output line per input line, in order; malformed lines get an error and the run goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We collect your <b>email address</b>.' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'Thanks for reading.' }),
    ].join('\n');
    const run = cli(['classify'], input);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]!.id).toBe('a');
    expect(lines[1]!.error).toBeDefined();
    expect(lines[2]!.id).toBe('c');
  }, 60_000);
});

describe('classifyLine', () => {
  test('sections are exactly the sections of the findings', () => {
    const result = classifyLine(JSON.stringify({ id: 1, text: 'We do not sell your personal information.' }));
    expect(result.error).toBeUndefined();
    expect(result.sections).toEqual([...new Set(result.findings!.map((f) => f.section))]);
  });

  test.each([['{"id": "x"}'], ['[1,2]'], ['"text"']])('rejects %s with an error object', (line) => {
    expect(classifyLine(line).error).toBeTruthy();
  });
});

test('pageFromHtml uses the same extraction as the extension', () => {
  const extracted = pageFromHtml('<html><head><title>T</title></head><body><h1>Privacy</h1><p>We collect data.</p></body></html>', 'https://t.example/');
  expect(extracted.title).toBe('T');
  expect(extracted.text).toContain('We collect data.');
});
