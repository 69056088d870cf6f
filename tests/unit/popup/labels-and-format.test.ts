import { describe, expect, test } from 'vitest';
import { describeFinding, displayTone, findingLabel } from '@/lib/present/finding-labels';
import { formatDuration, formatFindingValue, formatIsoDate } from '@/lib/present/format-value';
import { groupFindings } from '@/components/card/group-findings';
import { TAXONOMY, taxonomyEntry, type Section } from '@/lib/schema';
import { makeFinding } from '../storage/make-card';

describe('finding labels', () => {
  test('every taxonomy id has distinct yes and no labels', () => {
    for (const [section, ids] of Object.entries(TAXONOMY) as [Section, readonly string[]][]) {
      for (const id of ids) {
        const yes = findingLabel({ section, id, status: 'yes' });
        const no = findingLabel({ section, id, status: 'no' });
        expect(yes, `${section}/${id}`).toBe(taxonomyEntry(section, id)?.yes);
        expect(yes).not.toBe(no);
      }
    }
  });

  test('sale reads as a warning when yes and a reassurance when no', () => {
    const yes = { section: 'sharing' as const, id: 'sale', status: 'yes' as const };
    const no = { ...yes, status: 'no' as const };
    expect(findingLabel(yes)).toBe('Sells your data');
    expect(findingLabel(no)).toBe('Does not sell your data');
    expect(displayTone(yes)).toBe('caution');
    expect(displayTone(no)).toBe('good');
  });

  test('no for a risky practice is never a caution', () => {
    let risky = 0;
    for (const [section, ids] of Object.entries(TAXONOMY) as [Section, readonly string[]][]) {
      for (const id of ids) {
        if (taxonomyEntry(section, id)?.tone !== 'risk') continue;
        risky++;
        expect(displayTone({ section, id, status: 'no' })).toBe('good');
      }
    }
    expect(risky).toBeGreaterThan(0);
  });

  test('rights are green when offered and amber when refused', () => {
    expect(displayTone({ section: 'rights', id: 'delete', status: 'yes' })).toBe('good');
    expect(displayTone({ section: 'rights', id: 'delete', status: 'no' })).toBe('caution');
  });

  test('named recipients carry their name', () => {
    expect(findingLabel({ section: 'sharing', id: 'named', status: 'yes', detail: 'Stripe' })).toBe('Shares with Stripe');
  });

  test('values read inside the label where that is clearer, formatted for people', () => {
    expect(describeFinding({ section: 'retention', id: 'stated', status: 'yes', value: 'P7Y', detail: 'Billing records' })).toEqual({
      label: 'Keeps data for 7 years',
      meta: ['Billing records'],
    });
    expect(findingLabel({ section: 'rights', id: 'response_time', status: 'yes', value: 'P30D' })).toBe('Answers requests within 30 days');
    expect(findingLabel({ section: 'children', id: 'min_age', status: 'yes', value: '13' })).toBe('Not for children under 13');
    expect(findingLabel({ section: 'meta', id: 'last_updated', status: 'yes', value: '2024-03-05' })).toBe('Last updated March 5, 2024');
    expect(findingLabel({ section: 'rights', id: 'contact', status: 'yes', value: 'privacy@acme.example' })).toBe(
      'Send privacy requests to privacy@acme.example',
    );
  });

  test('values stay on the second line for other ids and for "no"', () => {
    expect(describeFinding({ section: 'cookies', id: 'essential', status: 'yes', value: 'P1Y' })).toEqual({
      label: 'Uses essential cookies',
      meta: ['1 year'],
    });
    expect(describeFinding({ section: 'retention', id: 'stated', status: 'no' }).label).toBe('No stated retention period');
  });

  test('an unknown id falls back to its raw name', () => {
    expect(findingLabel({ section: 'ai', id: 'future_thing', status: 'yes' })).toBe('future thing: yes');
  });
});

describe('value formatting', () => {
  test.each([
    ['P30D', '30 days'],
    ['P1D', '1 day'],
    ['P7Y', '7 years'],
    ['P1Y6M', '1 year 6 months'],
    ['P2W', '2 weeks'],
    ['PT24H', '24 hours'],
    ['P1DT12H', '1 day 12 hours'],
  ])('%s → %s', (iso, human) => {
    expect(formatDuration(iso)).toBe(human);
  });

  test('non-durations are not durations', () => {
    expect(formatDuration('P')).toBeUndefined();
    expect(formatDuration('30 days')).toBeUndefined();
    expect(formatDuration('PT')).toBeUndefined();
  });

  test('dates are written out without a time-zone shift', () => {
    expect(formatIsoDate('2024-03-05')).toBe('March 5, 2024');
    expect(formatIsoDate('2023-12')).toBe('December 2023');
    expect(formatIsoDate('2024-13-01')).toBeUndefined();
  });

  test('finding values by id', () => {
    expect(formatFindingValue({ section: 'retention', id: 'stated', value: 'P30D' })).toBe('30 days');
    expect(formatFindingValue({ section: 'children', id: 'min_age', value: '16' })).toBe('Age 16');
    expect(formatFindingValue({ section: 'meta', id: 'last_updated', value: '2024-01-15' })).toBe('January 15, 2024');
    expect(formatFindingValue({ section: 'rights', id: 'contact', value: 'privacy@example.com' })).toBe('privacy@example.com');
    expect(formatFindingValue({ section: 'rights', id: 'contact' })).toBeUndefined();
  });
});

describe('groupFindings', () => {
  test('core sections come first in order, always present; others only when used', () => {
    const groups = groupFindings([
      makeFinding({ section: 'security', id: 'encryption_transit', status: 'yes' }),
      makeFinding({ section: 'rights', id: 'delete', status: 'yes' }),
      makeFinding({ section: 'collected', id: 'contact', status: 'yes' }),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Data collected', 'Sharing', 'Retention', 'Your rights', 'Security']);
    expect(groups[1]?.findings).toEqual([]);
  });

  test('findings inside a section follow taxonomy order', () => {
    const groups = groupFindings([
      makeFinding({ section: 'sharing', id: 'sale', status: 'no' }),
      makeFinding({ section: 'sharing', id: 'service_providers', status: 'yes' }),
    ]);
    expect(groups[1]?.findings.map((f) => f.id)).toEqual(['service_providers', 'sale']);
  });
});
