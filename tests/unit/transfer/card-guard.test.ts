import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cardSchema, evidenceSchema, findingSchema, serviceSchema, sourceSchema, type Card } from '../../../lib/schema';
import { CARD_KEYS, EVIDENCE_KEYS, FINDING_KEYS, SERVICE_KEYS, SOURCE_KEYS, isPlainValidCard, plainValidCardKeys } from '../../../lib/transfer/card-guard';
import { generateCards } from '../../bench/generate-cards';
import { finding, makeCard } from '../library/make-card';

/**
 * The guard may only say yes where zod says yes and returns the card
 * unchanged; it never refuses (zod does). These tests keep it in step with
 * the schema: same keys, and every field of a card mutated.
 */

/** A card with every optional key present (lastUpdated, value, detail, condition, omittedEvidence, contrary). */
function fullCard(): Card {
  const card = makeCard('Full Svc', [finding('sharing', 'sale', 'no'), finding('retention', 'stated', 'yes', { value: 'P30D', detail: 'Logs' })], {
    lastUpdated: '2025-01-01',
  });
  const denial = card.findings[0]!;
  card.findings[0] = {
    section: denial.section,
    id: denial.id,
    status: denial.status,
    condition: 'consent',
    omittedEvidence: 2,
    evidence: [denial.evidence[0]!, { start: 900, end: 910, text: '0123456789', contrary: true }],
  };
  return card;
}

const zodAccepts = (value: unknown) => {
  const parsed = cardSchema.safeParse(value);
  // "Unchanged": the same JSON, so the same keys in the same order and nothing stripped.
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value);
};

const keysOf = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([k, s]) => ((s as z.ZodType)._zod.optin === 'optional' ? `${k}?` : k));

test.each([
  ['card', cardSchema, CARD_KEYS],
  ['service', serviceSchema, SERVICE_KEYS],
  ['source', sourceSchema, SOURCE_KEYS],
  ['finding', findingSchema, FINDING_KEYS],
  ['evidence', evidenceSchema, EVIDENCE_KEYS],
] as const)('the guard knows the %s schema keys, in order', (_name, schema, keys) => {
  expect([...keys]).toEqual(keysOf(schema as unknown as z.ZodObject));
});

const VALID: Array<[string, Card]> = [
  ['a card with every optional key', fullCard()],
  ['a card without findings', makeCard('Empty Svc')],
  // As stored and exported: zod's output (the generator writes keys in its own order).
  ...generateCards(40).map((c, i): [string, Card] => [`generated card ${i}, as stored`, cardSchema.parse(c)]),
];

test.each(VALID)('%s: guard and zod both say yes', (_name, card) => {
  expect(zodAccepts(card)).toBe(true);
  expect(isPlainValidCard(card)).toBe(true);
});

/** Keys spelled in a JSON text: its colons outside strings (what the importer's byte scan counts). */
const keysSpelled = (json: string) => json.replace(/"(?:[^"\\]|\\.)*"/g, '""').split(':').length - 1;

test.each(VALID)('%s: the guard counts every key of the card (the importer compares it with the keys its text spells)', (_name, card) => {
  expect(plainValidCardKeys(card)).toBe(keysSpelled(JSON.stringify(card)));
});

test('a card the guard cannot pass has no key count (the importer counts its keys itself)', () => {
  const card = fullCard();
  expect(plainValidCardKeys({ ...card, extra: 1 })).toBe(-1);
  expect(plainValidCardKeys({ ...card, findings: [{ ...card.findings[0]!, status: 'maybe' }] })).toBe(-1);
});

/** Every value, key set and key order a field can be swapped for. */
const REPLACEMENTS: unknown[] = [null, '', 'x', 'zzz', 'yes', 'no', 'law', 'consent', 'sale', 'collected', -1, 0, 0.5, 1, 1.5, 2, 2 ** 53, Number.NaN, true, false, [], {}, [{}]];

type Path = Array<string | number>;

/** Paths of every value inside `value` (objects and arrays included). */
function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...at, i]))
    : Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]));
  return [at, ...inner];
}

function edit(card: Card, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(card) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]!);
  return copy;
}

/** Every mutation of `card`: each value replaced, each key deleted, an unknown key added to each object, each object's keys reversed. */
function mutations(card: Card): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const path of paths(card)) {
    const where = path.join('.') || '(card)';
    if (path.length) {
      for (const r of REPLACEMENTS) out.push([`${where} = ${JSON.stringify(r)}`, edit(card, path, (p, k) => (p[k] = r))]);
      out.push([`${where} deleted`, edit(card, path, (p, k) => (Array.isArray(p) ? p.splice(k as number, 1) : delete p[k]))]);
    }
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], card);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const objectEdit = (change: (o: Record<string, unknown>) => Record<string, unknown>) =>
      path.length ? edit(card, path, (p, k) => (p[k] = change(p[k] as Record<string, unknown>))) : change(structuredClone(card) as unknown as Record<string, unknown>);
    out.push([`${where} gains a key`, objectEdit((o) => ({ ...o, extra: 1 }))]);
    out.push([`${where} keys reversed`, objectEdit((o) => Object.fromEntries(Object.entries(o).reverse()))]);
  }
  return out;
}

describe('every field of a card, mutated', () => {
  const cases = [fullCard(), makeCard('Empty Svc')].flatMap(mutations);

  test('the guard never says yes where zod says no (or changes the card)', () => {
    const wrong = cases.filter(([, value]) => isPlainValidCard(value) && !zodAccepts(value)).map(([name]) => name);
    expect(wrong).toEqual([]);
  });

  test('the mutations include many cards zod refuses, and the guard refuses them all', () => {
    const refused = cases.filter(([, value]) => !zodAccepts(value));
    expect(refused.length).toBeGreaterThan(500);
    expect(refused.filter(([, value]) => isPlainValidCard(value)).map(([name]) => name)).toEqual([]);
  });

  test('the guard says yes to the mutations zod passes unchanged, so real cards rarely fall back to zod', () => {
    const passed = cases.filter(([, value]) => zodAccepts(value));
    expect(passed.length).toBeGreaterThan(50);
    const missed = passed.filter(([, value]) => !isPlainValidCard(value)).map(([name]) => name);
    expect(missed).toEqual([]);
  });
});
