import { describe, expect, test } from 'vitest';
import { MAX_CARD_CHARS, MAX_QUOTES_PER_FINDING, PolicyLensDb, capCard, saveCard } from '@/lib/storage';
import { cardSchema, type Evidence, type Finding } from '@/lib/schema';
import { useTestDb } from '../support/test-db';
import { makeCard } from './make-card';

let db: PolicyLensDb;
useTestDb('card-cap', (fresh) => (db = fresh));

/** `n` quotes of `len` characters, in text order, each equal to its offsets' span. */
const quotes = (n: number, len = 60, from = 0): Evidence[] =>
  Array.from({ length: n }, (_, i) => ({ start: from + i * (len + 1), end: from + i * (len + 1) + len, text: 'q'.repeat(len) }));
const finding = (id: string, evidence: Evidence[], extra: Partial<Finding> = {}): Finding =>
  ({ section: 'collected', id, status: 'yes', evidence, ...extra }) as Finding;

describe('size cap per card', () => {
  test('a card within the caps is stored as it is', () => {
    const card = makeCard({ findings: [finding('contact', quotes(MAX_QUOTES_PER_FINDING))] });
    expect(capCard(card)).toEqual({ card, omittedQuotes: 0 });
  });

  test(`past ${MAX_QUOTES_PER_FINDING} quotes a finding keeps its first ones, and the rest are counted`, () => {
    const many = quotes(500);
    const card = makeCard({ findings: [finding('contact', many), finding('location', quotes(3))] });
    const { card: capped, omittedQuotes } = capCard(card);
    expect(capped.findings[0]!.evidence).toEqual(many.slice(0, MAX_QUOTES_PER_FINDING));
    expect(capped.findings[1]!.evidence).toHaveLength(3);
    expect(omittedQuotes).toBe(500 - MAX_QUOTES_PER_FINDING);
    // each finding says how many of its own quotes were left out, for the card to tell the reader
    expect(capped.findings[0]!.omittedEvidence).toBe(500 - MAX_QUOTES_PER_FINDING);
    expect(capped.findings[1]!.omittedEvidence).toBeUndefined();
    expect(cardSchema.safeParse(capped).success).toBe(true);
  });

  test(`a card over ${MAX_CARD_CHARS.toLocaleString('en')} characters keeps fewer quotes per finding, at least one each`, () => {
    const ids = ['contact', 'identifiers', 'account', 'financial', 'location', 'device_ids', 'device_info', 'cookies', 'activity', 'demographic'];
    const findings = ids.map((id, k) => finding(id, quotes(20, 2000, k * 100_000)));
    const card = makeCard({ findings });
    const { card: capped, omittedQuotes } = capCard(card);
    expect(JSON.stringify(capped).length).toBeLessThanOrEqual(MAX_CARD_CHARS);
    for (const [i, f] of capped.findings.entries()) {
      expect(f.evidence.length).toBeGreaterThanOrEqual(1);
      expect(f.evidence).toEqual(findings[i]!.evidence.slice(0, f.evidence.length)); // the first ones, unchanged
    }
    expect(omittedQuotes).toBe(200 - capped.findings.reduce((n, f) => n + f.evidence.length, 0));
    expect(omittedQuotes).toBeGreaterThan(0);
  });

  test('a finding whose first quotes all read the other way keeps one that supports it', () => {
    const contrary = quotes(MAX_QUOTES_PER_FINDING + 5).map((e, i) => (i < MAX_QUOTES_PER_FINDING ? { ...e, contrary: true as const } : e));
    const card = makeCard({ findings: [finding('contact', contrary)] });
    const { card: capped } = capCard(card);
    expect(capped.findings[0]!.evidence).toHaveLength(MAX_QUOTES_PER_FINDING);
    expect(capped.findings[0]!.evidence.some((e) => !e.contrary)).toBe(true);
    expect(cardSchema.safeParse(capped).success).toBe(true);
  });

  test('saveCard stores the capped card and says how many quotes it left out', async () => {
    const card = makeCard({ findings: [finding('contact', quotes(100))] });
    const saved = await saveCard(db, card);
    expect(saved.omittedQuotes).toBe(100 - MAX_QUOTES_PER_FINDING);
    expect((await db.cards.get(card.id))!.findings[0]!.evidence).toHaveLength(MAX_QUOTES_PER_FINDING);
    expect((await saveCard(db, makeCard({ source: { url: 'https://small.test/p' } }))).omittedQuotes).toBeUndefined();
  });
});
