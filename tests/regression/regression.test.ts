import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardSchema, isTaxonomyId, type Finding } from '../../lib/schema';
import { summarize } from '../../lib/engine';

/**
 * Hand-written policies (US, GDPR, CCPA styles, tricky negations) with the
 * findings they must and must not produce. Fixtures are our own text.
 */
interface Expect {
  section: string;
  id: string;
  status?: 'yes' | 'no';
  value?: string;
  detail?: string;
}
interface Expected {
  mustHave: Expect[];
  mustNotHave: Expect[];
  service?: { name?: string; domain?: string };
}

const DIR = join(__dirname, 'fixtures');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function matches(f: Finding, e: Expect): boolean {
  return f.section === e.section && f.id === e.id && (!e.status || f.status === e.status) && (e.value === undefined || f.value === e.value) && (e.detail === undefined || f.detail === e.detail);
}
const label = (e: Expect) => `${e.section}/${e.id}${e.status ? `:${e.status}` : ''}${e.value ? `=${e.value}` : ''}${e.detail ? `[${e.detail}]` : ''}`;

test('there are at least 10 regression fixtures', () => {
  expect(cases.length).toBeGreaterThanOrEqual(10);
});

describe.each(cases)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const card = summarize({ url: `file:///fixtures/${file}`, title: '', text, blocks: [] }, { analyzedAt: '2025-01-01T00:00:00.000Z' });

  test('card is valid and every evidence quotes the text exactly', () => {
    expect(cardSchema.safeParse(card).success).toBe(true);
    for (const f of card.findings) {
      expect(isTaxonomyId(f.section, f.id)).toBe(true);
      for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  test.each(expected.mustHave.map((e) => [label(e), e] as const))('has %s', (_l, e) => {
    expect(card.findings.filter((f) => matches(f, e)).map(label)).not.toEqual([]);
  });

  test.each(expected.mustNotHave.map((e) => [label(e), e] as const))('does not have %s', (_l, e) => {
    expect(card.findings.filter((f) => matches(f, e)).map((f) => `${label(f)}: ${f.evidence[0]?.text}`)).toEqual([]);
  });

  if (expected.service) {
    test('service', () => {
      if (expected.service?.name) expect(card.service.name).toBe(expected.service.name);
      if (expected.service?.domain) expect(card.service.domain).toBe(expected.service.domain);
    });
  }
});
