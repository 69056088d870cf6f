import { describe, expect, test } from 'vitest';
import { buildCompareMatrix, differencesOnly, type CompareRow } from '../../../lib/library/compare-matrix';
import { SECTION_ORDER, TAXONOMY } from '../../../lib/schema';
import { finding, makeCard } from './make-card';

const row = (m: ReturnType<typeof buildCompareMatrix>, section: string, id: string): CompareRow =>
  m.sections.find((s) => s.section === section)!.rows.find((r) => r.id === id)!;

describe('compare matrix', () => {
  const a = makeCard('A', [
    finding('sharing', 'sale', 'no'),
    finding('retention', 'stated', 'yes', { value: 'P30D', detail: 'Logs' }),
    finding('rights', 'delete'),
  ]);
  const b = makeCard('B', [
    finding('sharing', 'sale', 'yes'),
    finding('retention', 'stated', 'yes', { value: 'P7Y', detail: 'Invoices' }),
    finding('retention', 'stated', 'yes', { value: 'P90D' }),
  ]);
  const c = makeCard('C', [finding('rights', 'delete', 'no'), finding('retention', 'stated', 'yes', { value: 'P1Y' })]);
  const m = buildCompareMatrix([a, b, c]);

  test('has one row per taxonomy id, sections in card order, one cell per card', () => {
    expect(m.sections.map((s) => s.section)).toEqual([...SECTION_ORDER]);
    for (const s of m.sections) {
      expect(s.rows.map((r) => r.id)).toEqual([...TAXONOMY[s.section]]);
      for (const r of s.rows) expect(r.cells).toHaveLength(3);
    }
  });

  test('keeps yes, explicit no and not stated apart', () => {
    expect(row(m, 'sharing', 'sale').cells.map((c) => c.status)).toEqual(['no', 'yes', 'not-stated']);
    expect(row(m, 'rights', 'delete').cells.map((c) => c.status)).toEqual(['yes', 'not-stated', 'no']);
  });

  test('a card with both yes and no findings for one id is mixed, not silently yes', () => {
    const mixed = buildCompareMatrix([makeCard('M', [finding('sharing', 'sale', 'yes'), finding('sharing', 'sale', 'no')])]);
    expect(row(mixed, 'sharing', 'sale').cells[0]!.status).toBe('mixed');
  });

  test('for a risky practice no is best and yes is worst; for a right yes is best', () => {
    expect(row(m, 'sharing', 'sale').cells.map((c) => c.mark)).toEqual(['best', 'worst', undefined]);
    expect(row(m, 'sharing', 'sale').cells.map((c) => c.tone)).toEqual(['good', 'bad', 'neutral']);
    expect(row(m, 'rights', 'delete').cells.map((c) => c.mark)).toEqual(['best', undefined, 'worst']);
  });

  test('shortest retention is best, judged by each card\u2019s longest period', () => {
    const r = row(m, 'retention', 'stated');
    expect(r.cells.map((c) => c.mark)).toEqual(['best', 'worst', undefined]);
    expect(r.cells[0]!.values).toEqual(['30 days (Logs)']);
    expect(r.cells[1]!.values).toEqual(['7 years (Invoices)', '90 days']);
    expect(r.cells[1]!.quotes.map((q) => q.text)).toEqual(['retention/stated yes P7Y', 'retention/stated yes P90D']);
  });

  test('marks nothing when the ranked cells are equal', () => {
    const same = buildCompareMatrix([makeCard('X', [finding('rights', 'access')]), makeCard('Y', [finding('rights', 'access')])]);
    expect(row(same, 'rights', 'access').cells.map((c) => c.mark)).toEqual([undefined, undefined]);
    expect(row(same, 'rights', 'access').agree).toBe(true);
  });

  test('differences only drops rows where every card says the same, values included', () => {
    const x = makeCard('X', [finding('rights', 'access'), finding('retention', 'stated', 'yes', { value: 'P30D' })]);
    const y = makeCard('Y', [finding('rights', 'access'), finding('retention', 'stated', 'yes', { value: 'P60D' })]);
    const diff = differencesOnly(buildCompareMatrix([x, y]));
    const ids = diff.sections.flatMap((s) => s.rows.map((r) => `${r.section}/${r.id}`));
    expect(ids).toEqual(['retention/stated']);
  });
});

describe('judging rows', () => {
  test('ordinary collection: yes is not alarming, but no is still best', () => {
    const m = buildCompareMatrix([makeCard('X', [finding('collected', 'contact')]), makeCard('Y', [finding('collected', 'contact', 'no')])]);
    const r = row(m, 'collected', 'contact');
    expect(r.cells.map((c) => c.tone)).toEqual(['neutral', 'good']);
    expect(r.cells.map((c) => c.mark)).toEqual(['worst', 'best']);
  });

  test('informational rows are never ranked', () => {
    const m = buildCompareMatrix([
      makeCard('X', [finding('meta', 'last_updated', 'yes', { value: '2024-01-01' })]),
      makeCard('Y', [finding('meta', 'last_updated', 'yes', { value: '2025-01-01' })]),
    ]);
    const r = row(m, 'meta', 'last_updated');
    expect(r.cells.map((c) => c.mark)).toEqual([undefined, undefined]);
    expect(r.agree).toBe(false);
  });

  test('longer advance notice of changes is best', () => {
    const m = buildCompareMatrix([
      makeCard('X', [finding('changes', 'advance_notice', 'yes', { value: 'P30D' })]),
      makeCard('Y', [finding('changes', 'advance_notice', 'yes', { value: 'P7D' })]),
    ]);
    expect(row(m, 'changes', 'advance_notice').cells.map((c) => c.mark)).toEqual(['best', 'worst']);
  });
});
