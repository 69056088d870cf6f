import { describe, expect, test } from 'vitest';
import { INLINE_TITLE_SCAN, MAX_TITLE, MAX_HEADING, MAX_HEADING_DEPTH, MAX_INLINE_TITLE, MAX_LEAD_IN, MAX_SENTENCE, capString } from '../../lib/engine/bounds';
import { summarize } from '../../lib/engine';
import { segment } from '../../lib/engine/segment';
import { splitSentences } from '../../lib/engine/sentences';
import { serviceOf } from '../../lib/engine/service-name';
import type { Block } from '../../lib/schema';

const LONG = 50_000;

/** Pages whose page-controlled strings are far over every cap. */
const PAGES: Array<[string, string, Block[]]> = [
  ['long paragraph title', `A${'b'.repeat(LONG)}. We collect your email address.`, []],
  ['A&A& title', `${'A&'.repeat(LONG / 2)}. We collect your email address.`, []],
  ['long heading (page blocks)', `${'Heading '.repeat(LONG / 8)}\nWe collect your email address.`, [
    { kind: 'heading', level: 2, start: 0, end: LONG - 1 },
    { kind: 'paragraph', start: LONG + 1, end: LONG + 31 },
  ]],
  ['long lead-in', `${'we collect '.repeat(LONG / 11)}:\n- Email address`, []],
  ['long question', `${'What do we collect '.repeat(LONG / 19)}? We collect your name.`, []],
  ['letters without spaces', 'x'.repeat(LONG), []],
  ['one line without punctuation', 'we collect your email and share it with partners '.repeat(LONG / 50), []],
  ['deep headings', Array.from({ length: 40 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Section ${i}`).join('\n') + '\nWe collect your name.', []],
];

describe('caps on page-controlled strings (docs/bounds.md)', () => {
  test.each(PAGES)('%s: every unit, heading, lead-in and context is capped', (_name, text, blocks) => {
    const units = segment({ text, blocks });
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(u.text).toBe(text.slice(u.start, u.end));
      expect(u.headings.length).toBeLessThanOrEqual(MAX_HEADING_DEPTH);
      for (const h of u.headings) expect(h.length).toBeLessThanOrEqual(MAX_HEADING);
      expect(u.leadIn?.length ?? 0).toBeLessThanOrEqual(Math.max(MAX_LEAD_IN, MAX_INLINE_TITLE));
      expect(u.context.length).toBeLessThanOrEqual(MAX_HEADING_DEPTH * (MAX_HEADING + 1) + MAX_LEAD_IN + 1);
    }
  });

  test.each(PAGES)('%s: nothing is dropped (every non-space character is in a unit)', (_name, text, blocks) => {
    const units = segment({ text, blocks });
    const covered = new Uint8Array(text.length);
    for (const u of units) covered.fill(1, u.start, u.end);
    let missing = 0;
    for (let i = 0; i < text.length; i++) if (!covered[i] && !/[\s|#\-•]/.test(text[i]!)) missing++;
    expect(missing).toBe(0);
  });

  test('a paragraph title of one huge word is not a title', () => {
    const text = `Cookies${'x'.repeat(5_000)}. We use cookies.`;
    const units = segment({ text, blocks: [] });
    expect(units.every((u) => u.leadIn === undefined)).toBe(true);
  });

  test('a real paragraph title is still found', () => {
    const units = segment({ text: 'Cookies. We use cookies to remember you.', blocks: [] });
    expect(units.map((u) => u.leadIn)).toEqual(['Cookies.', 'Cookies.']);
  });

  test('the title search reads only the head of a paragraph', () => {
    expect(INLINE_TITLE_SCAN).toBeGreaterThanOrEqual(12 * 41 + 20);
  });
});

describe('sentence splitter cuts over-long runs', () => {
  test.each([
    ['letters', 'a'.repeat(10_000)],
    ['words', 'word '.repeat(2_000)],
    ['spaces and letters', `${'a'.repeat(3_000)} ${'b'.repeat(3_000)}`],
  ])('%s: pieces of at most MAX_SENTENCE, in order, covering the text', (_name, text) => {
    const spans = splitSentences(text);
    let last = 0;
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, s.start).trim()).toBe('');
      last = s.end;
    }
    expect(text.slice(last).trim()).toBe('');
  });

  test('a cut prefers a space near the cap', () => {
    const text = `${'word '.repeat(400)}`;
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toMatch(/^word( word)*$/);
  });

  test('a hard cut never splits a surrogate pair', () => {
    const text = '😀'.repeat(2_000);
    for (const s of splitSentences(text)) {
      const piece = text.slice(s.start, s.end);
      expect(piece).toBe('😀'.repeat(piece.length / 2));
    }
  });
});

describe('service name caps', () => {
  test.each([
    ['title', { title: `a${'-'.repeat(400_000)}a` }],
    ['site name', { siteName: `a${', '.repeat(200_000)}a` }],
    ['title of words', { title: 'Acme '.repeat(80_000) }],
  ])('a %s of 400k characters gives a short name (time: tests/engine/scaling.test.ts)', (_n, extra) => {
    const s = serviceOf({ url: 'https://acme.com/privacy', title: 'Privacy', text: 'We collect your email.', ...extra });
    expect(s.name.length).toBeLessThanOrEqual(80);
    expect(s.name).toBe('Acme');
  });

  test('the card keeps a capped title', () => {
    const card = summarize({ url: 'https://acme.com/privacy', title: `Acme ${'x'.repeat(400_000)}`, text: 'We collect your email.', blocks: [] });
    expect(card.source.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(card.source.title.startsWith('Acme x')).toBe(true);
  });

  test('capString never splits a surrogate pair', () => {
    expect(capString('a😀', 2)).toBe('a');
    expect(capString('abc', 2)).toBe('ab');
    expect(capString('ab', 5)).toBe('ab');
  });
});
