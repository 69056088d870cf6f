import { describe, expect, test } from 'vitest';
import { diffVersions } from '../../../lib/library/history-diff';
import { finding, makeCard } from './make-card';

describe('history diff', () => {
  test('reports added, removed and changed findings, ignoring quotes', () => {
    const older = makeCard('A', [
      finding('sharing', 'sale', 'no'),
      finding('retention', 'stated', 'yes', { value: 'P30D', detail: 'Logs' }),
      finding('rights', 'delete'),
      finding('rights', 'access'),
    ]);
    const newer = makeCard('A', [
      finding('sharing', 'sale', 'yes'),
      finding('retention', 'stated', 'yes', { value: 'P1Y', detail: 'Logs' }),
      finding('rights', 'access'),
      finding('sharing', 'advertisers'),
    ]);
    const diff = diffVersions(older, newer);
    expect(diff.changes.map((c) => [c.kind, `${c.section}/${c.id}`])).toEqual([
      ['added', 'sharing/advertisers'],
      ['changed', 'sharing/sale'],
      ['changed', 'retention/stated'],
      ['removed', 'rights/delete'],
    ]);
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 2 });
    const retention = diff.changes.find((c) => c.id === 'stated')!;
    expect(retention.before).toEqual([{ status: 'yes', value: 'P30D' }]);
    expect(retention.after).toEqual([{ status: 'yes', value: 'P1Y' }]);
    expect(retention.detail).toBe('Logs');
  });

  test('identical findings with moved quotes are no change', () => {
    const older = makeCard('A', [finding('rights', 'access'), finding('sharing', 'named', 'yes', { detail: 'Stripe' })]);
    const newer = makeCard('A', [finding('sharing', 'named', 'yes', { detail: 'Stripe' }), finding('rights', 'access')]);
    expect(diffVersions(older, newer).changes).toEqual([]);
  });

  test('named recipients are compared one by one', () => {
    const older = makeCard('A', [finding('sharing', 'named', 'yes', { detail: 'Stripe' })]);
    const newer = makeCard('A', [finding('sharing', 'named', 'yes', { detail: 'Stripe' }), finding('sharing', 'named', 'yes', { detail: 'PostHog' })]);
    expect(diffVersions(older, newer).changes).toMatchObject([{ kind: 'added', detail: 'PostHog' }]);
  });
});
