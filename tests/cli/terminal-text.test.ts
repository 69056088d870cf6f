import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runSummarize } from '../../lib/cli/summarize-command';
import { runClassify } from '../../lib/cli/classify-command';
import { jsonText, terminalText } from '../../lib/cli/terminal-text';

/** Anything a terminal acts on: C0 but tab/newline, DEL, C1, bidi controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\u001b';
const hostile = {
  setTitle: `${ESC}]0;pwned${ESC}\\`,
  setTitleBel: `${ESC}]2;pwned\u0007`,
  clear: `${ESC}[2J${ESC}[H`,
  red: `${ESC}[31m`,
  c1: '\u009b2J',
  overwrite: '\r',
  reverse: '\u202e',
};
const all = Object.values(hostile).join('');

const dir = mkdtempSync(join(tmpdir(), 'cli-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = join(dir, `evil${hostile.red}page.html`);
writeFileSync(
  page,
  `<!doctype html><html><head><title>${hostile.setTitle}Evil Corp${hostile.clear} Privacy Policy</title>
  <meta property="og:site_name" content="Evil${hostile.c1} Corp"></head><body><main><h1>Privacy Policy${hostile.setTitleBel}</h1>
  <p>We collect your email address${hostile.red} and your name when you sign up.${hostile.overwrite}We do not sell your personal information.</p>
  <p>We share data with advertisers${hostile.reverse} to show you ads. You can ask us to delete your data at any time.</p>
  <p>We keep your data for 30 days${hostile.clear} after you close your account.</p></main></body></html>`,
);

async function run(json: boolean, inputs: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runSummarize({ json, inputs }, (s) => (stdout += s), (s) => (stderr += `${s}\n`));
  return { code, stdout, stderr };
}

describe('the CLI never prints a page’s control characters raw', () => {
  test('text mode: the card is printed without escape sequences or controls, its words intact', async () => {
    const { code, stdout } = await run(false, [page]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).not.toContain('pwned');
    expect(stdout).toContain('Evil');
    expect(stdout).toMatch(/email address and your name/);
  });

  test('--json: every control character is escaped, and the document parses to the page’s text', async () => {
    const { code, stdout } = await run(true, [page]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain('\\u001b');
    const doc = JSON.parse(stdout) as { cards: Array<{ source: { title: string } }> };
    expect(doc.cards[0]!.source.title).toContain(ESC); // the page's own characters, once parsed
  });

  test('stderr: an error naming a hostile input is printed without its controls', async () => {
    const { code, stderr } = await run(false, [join(dir, `missing${all}.html`)]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('missing');
    expect(stderr).not.toMatch(CONTROL);
  });

  test('classify: one JSON line per input, controls escaped', async () => {
    let out = '';
    async function* lines() {
      yield JSON.stringify({ id: `x${all}`, text: `We sell your data${hostile.clear}.` });
    }
    await runClassify(lines(), (s) => (out += s));
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out.trimEnd()).not.toMatch(CONTROL);
    expect(JSON.parse(out).id).toBe(`x${all}`);
  });
});

describe('terminalText and jsonText', () => {
  test.each([
    [`a${hostile.setTitle}b`, 'ab'],
    [`a${hostile.setTitleBel}b`, 'ab'],
    [`a${hostile.clear}b`, 'ab'],
    [`a${hostile.red}b${ESC}[0m`, 'ab'],
    [`a${hostile.c1}b`, 'a2Jb'],
    [`a\rb\u0000c\u007fd`, 'abcd'],
    ['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
    ['ünïcödé “quotes” — fine 🍵', 'ünïcödé “quotes” — fine 🍵'],
  ])('terminalText(%j) → %j', (input, expected) => expect(terminalText(input)).toBe(expected));

  test('jsonText escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { s: `${all}\u2028\u2029\u0085`, n: 1 };
    const text = jsonText(value, 2);
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test('both are linear on a long run of escapes (no backtracking)', () => {
    const long = `${ESC}]`.repeat(200_000) + `${ESC}[`.repeat(200_000) + '\u009b'.repeat(200_000);
    const started = performance.now();
    terminalText(long);
    jsonText(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
