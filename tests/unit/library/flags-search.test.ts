import { describe, expect, test } from 'vitest';
import { cardFlags } from '../../../lib/library/flags';
import { filterSummaries, queryLibrary, sortSummaries } from '../../../lib/library/search';
import { latestPerUrl, summarizeCard } from '../../../lib/card-facts/summary';
import { finding, makeCard } from './make-card';

describe('card flags', () => {
  test('tells yes, explicit no and silence apart for sale, advertisers and delete', () => {
    const flags = cardFlags(
      makeCard('A', [finding('sharing', 'sale', 'no'), finding('sharing', 'advertisers'), finding('rights', 'delete')]),
    );
    expect(flags).toMatchObject({ sellsData: 'no', sharesWithAdvertisers: 'yes', canDelete: 'yes' });
    expect(cardFlags(makeCard('B', [finding('sharing', 'sale')])).sellsData).toBe('yes');
    expect(cardFlags(makeCard('C', [finding('sharing', 'sale', 'no'), finding('sharing', 'sale')])).sellsData).toBe('yes');
    expect(cardFlags(makeCard('D', [])).canDelete).toBe('unknown');
  });

  test('longest retention is the longest stated period, and indefinite beats any period', () => {
    const periods = [finding('retention', 'stated', 'yes', { value: 'P30D' }), finding('retention', 'stated', 'yes', { value: 'P7Y' }), finding('retention', 'stated', 'yes', { value: 'P18M' })];
    expect(cardFlags(makeCard('A', periods)).longestRetention).toMatchObject({ kind: 'period', value: 'P7Y' });
    expect(cardFlags(makeCard('B', [...periods, finding('retention', 'indefinite')])).longestRetention).toEqual({ kind: 'indefinite' });
    expect(cardFlags(makeCard('C', [finding('retention', 'limited')])).longestRetention).toEqual({ kind: 'unknown' });
  });
});

describe('library search', () => {
  const cards = [
    makeCard('Zeta Mail', [finding('sharing', 'sale')], { analyzedAt: '2025-03-01T00:00:00Z', lastUpdated: '2024-01-01' }),
    makeCard('alpha Maps', [finding('rights', 'delete')], { analyzedAt: '2025-01-01T00:00:00Z' }),
    makeCard('Beta Shop', [finding('sharing', 'sale'), finding('rights', 'delete')], {
      analyzedAt: '2025-02-01T00:00:00Z',
      lastUpdated: '2024-06-01',
      url: 'https://shop.beta.test/legal/privacy',
    }),
  ].map(summarizeCard);

  test('matches name or domain case-insensitively, every word', () => {
    expect(filterSummaries(cards, { text: 'MAIL', flags: [] }).map((s) => s.name)).toEqual(['Zeta Mail']);
    expect(filterSummaries(cards, { text: 'beta.test', flags: [] }).map((s) => s.name)).toEqual(['Beta Shop']);
    expect(filterSummaries(cards, { text: 'beta maps', flags: [] })).toEqual([]);
  });

  test('sorts by name, analysed date and last updated (undated last)', () => {
    expect(sortSummaries(cards, 'name').map((s) => s.name)).toEqual(['alpha Maps', 'Beta Shop', 'Zeta Mail']);
    expect(sortSummaries(cards, 'analyzed-desc').map((s) => s.name)).toEqual(['Zeta Mail', 'Beta Shop', 'alpha Maps']);
    expect(sortSummaries(cards, 'analyzed-asc').map((s) => s.name)).toEqual(['alpha Maps', 'Beta Shop', 'Zeta Mail']);
    expect(sortSummaries(cards, 'updated-desc').map((s) => s.name)).toEqual(['Beta Shop', 'Zeta Mail', 'alpha Maps']);
  });

  test('filters by every chosen flag', () => {
    expect(queryLibrary(cards, { text: '', sort: 'name', flags: ['sellsData'] }).map((s) => s.name)).toEqual(['Beta Shop', 'Zeta Mail']);
    expect(queryLibrary(cards, { text: '', sort: 'name', flags: ['sellsData', 'canDelete'] }).map((s) => s.name)).toEqual(['Beta Shop']);
  });

  test('lists the newest version of every URL and counts versions', () => {
    const v1 = makeCard('Zeta Mail', [], { hash: 'old', analyzedAt: '2024-01-01T00:00:00Z' });
    const v2 = makeCard('Zeta Mail', [], { hash: 'new', analyzedAt: '2024-06-01T00:00:00Z' });
    const { latest, versionCount } = latestPerUrl([v2, v1].map(summarizeCard));
    expect(latest.map((s) => s.textHash)).toEqual(['new']);
    expect(versionCount.get(v1.source.url)).toBe(2);
  });
});
