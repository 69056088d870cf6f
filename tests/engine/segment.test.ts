import { describe, expect, test } from 'vitest';
import { deriveBlocks } from '../../lib/engine/blocks';
import { segment } from '../../lib/engine/segment';
import { splitSentences } from '../../lib/engine/sentences';

const DOC = `Privacy Policy
Information We Collect
Account Information
When you create an account, we collect:
- Email address and name
- Password (hashed)
Cookies
| Cookie | Purpose |
|---|---|
| Session | Login |
We use cookies. We do not sell data, e.g. to brokers. See U.S. law!
`;

describe('deriveBlocks', () => {
  test('headings, list items, tables and paragraphs from lines', () => {
    const kinds = deriveBlocks(DOC).map((b) => [b.kind, DOC.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['heading', 'Privacy Policy'],
      ['heading', 'Information We Collect'],
      ['heading', 'Account Information'],
      ['paragraph', 'When you create an account, we collect:'],
      ['listItem', 'Email address and name'],
      ['listItem', 'Password (hashed)'],
      ['heading', 'Cookies'],
      ['tableCell', 'Cookie | Purpose'],
      ['tableCell', 'Session | Login'],
      ['paragraph', 'We use cookies. We do not sell data, e.g. to brokers. See U.S. law!'],
    ]);
  });
});

describe('segment', () => {
  test('list items know their heading path and lead-in; offsets are exact', () => {
    const units = segment({ text: DOC, blocks: [] });
    for (const u of units) expect(DOC.slice(u.start, u.end)).toBe(u.text);
    const item = units.find((u) => u.text === 'Email address and name')!;
    expect(item.kind).toBe('listItem');
    expect(item.leadIn).toBe('When you create an account, we collect:');
    expect(item.headings).toEqual(['Privacy Policy', 'Information We Collect', 'Account Information']);
    const cookies = units.find((u) => u.text === 'We use cookies.')!;
    expect(cookies.headings.at(-1)).toBe('Cookies');
    expect(cookies.leadIn).toBeUndefined();
  });

  test('uses page blocks when given', () => {
    const text = 'Sharing\nWe share data with partners.';
    const units = segment({ text, blocks: [{ kind: 'heading', level: 2, start: 0, end: 7 }, { kind: 'paragraph', start: 8, end: text.length }] });
    expect(units.map((u) => [u.kind, u.text, u.headings])).toEqual([
      ['heading', 'Sharing', []],
      ['paragraph', 'We share data with partners.', ['Sharing']],
    ]);
  });

  test('a question sentence introduces the rest of its paragraph', () => {
    const text = 'What information do we collect? We collect your name. We also log IP addresses.';
    const units = segment({ text, blocks: [] });
    expect(units.map((u) => u.leadIn)).toEqual([undefined, 'What information do we collect?', 'What information do we collect?']);
  });

  test('the paragraph right after a "…:" paragraph is its first item, without a label; the one after that is not', () => {
    const p1 = 'We may pass your details to other companies if:';
    const p2 = 'A court orders us to.';
    const p3 = 'We keep your details for a year.';
    const text = `${p1}\n${p2}\n${p3}`;
    const at = (s: string) => text.indexOf(s);
    const blocks = [p1, p2, p3].map((p) => ({ kind: 'paragraph' as const, start: at(p), end: at(p) + p.length }));
    expect(segment({ text, blocks }).map((u) => u.leadIn)).toEqual([undefined, p1, undefined]);
  });
});

describe('splitSentences', () => {
  test('keeps abbreviations and initials inside sentences', () => {
    const t = 'We follow U.S. law, e.g. COPPA. Contact Acme Inc. for details. Done!';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['We follow U.S. law, e.g. COPPA.', 'Contact Acme Inc. for details.', 'Done!']);
  });
  test('caps very long sentences', () => {
    const t = 'word '.repeat(2000);
    const spans = splitSentences(t);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1200);
  });
});
