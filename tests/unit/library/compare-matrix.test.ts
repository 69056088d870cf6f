import { describe, expect, test } from 'vitest';
import { buildCompareMatrix, cellStatusText, differencesOnly, leadingSections, type CompareRow } from '../../../lib/library/compare-matrix';
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

describe('conditions and key facts in the compare view', () => {
  const denial = (condition?: 'consent' | 'law') => ({ ...finding('sharing', 'advertisers', 'no'), ...(condition ? { condition } : {}) });
  const plain = makeCard('Plain', [denial()]);
  const consent = makeCard('Consent', [denial('consent')]);
  const law = makeCard('Law', [denial('law')]);
  const yes = makeCard('Yes', [finding('sharing', 'advertisers', 'yes')]);

  test.each<[string, Parameters<typeof buildCompareMatrix>[0], Array<string | undefined>]>([
    ['no > no unless you agree > yes', [yes, consent, plain], ['worst', undefined, 'best']],
    ['no unless you agree beats yes', [consent, yes], ['best', 'worst']],
    ['no beats no unless the law requires it', [law, plain], ['worst', 'best']],
    ['two conditional denials tie', [law, consent], [undefined, undefined]],
  ])('%s', (_name, cards, marks) => {
    expect(row(buildCompareMatrix(cards), 'sharing', 'advertisers').cells.map((c) => c.mark)).toEqual(marks);
  });

  test('the status text carries the condition, and the cells differ from a plain no', () => {
    const m = buildCompareMatrix([plain, consent, law]);
    const r = row(m, 'sharing', 'advertisers');
    expect(r.cells.map(cellStatusText)).toEqual(['No', 'No, unless you agree', 'No, unless the law requires it']);
    expect(r.agree).toBe(false);
    expect(r.cells.map((c) => c.tone)).toEqual(['good', 'neutral', 'neutral']);
  });

  test('contrary quotes stay marked in the cell', () => {
    const withContrary = makeCard('C', [{ ...denial(), evidence: [{ start: 0, end: 5, text: 'not shared' }, { start: 9, end: 12, text: 'shared', contrary: true as const }] }]);
    const cell = row(buildCompareMatrix([withContrary]), 'sharing', 'advertisers').cells[0]!;
    expect(cell.quotes.map((q) => q.contrary ?? false)).toEqual([false, true]);
  });

  test('the eight key facts head the matrix, one answer per card; differences only keeps those that differ', () => {
    const m = buildCompareMatrix([plain, consent, yes]);
    expect(m.keyFacts.map((k) => k.question)[0]).toBe('Sells your data?');
    expect(m.keyFacts).toHaveLength(8);
    const ads = m.keyFacts.find((k) => k.id === 'advertising')!;
    expect(ads.cells.map((c) => c.text)).toEqual(['No', 'No, unless you agree', 'Yes']);
    expect(differencesOnly(m).keyFacts.map((k) => k.id)).toEqual(['advertising']);
  });

  const full = buildCompareMatrix([makeCard('A', [finding('sharing', 'sale')]), makeCard('B', [])]);
  test.each([0, 1, 20, 40, 1000])('the first frame\'s sections: whole sections, in order, at least %i rows when there are', (rows) => {
    const lead = leadingSections(full.sections, rows);
    expect(lead).toEqual(full.sections.slice(0, lead.length));
    const total = lead.reduce((n, s) => n + s.rows.length, 0);
    if (lead.length < full.sections.length) expect(total).toBeGreaterThanOrEqual(rows);
    // No section more than needed: without the last one, fewer than `rows`.
    if (lead.length > 0) expect(total - lead[lead.length - 1]!.rows.length).toBeLessThan(Math.max(rows, 1));
  });
});
