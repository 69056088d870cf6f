import { describe, expect, test } from 'vitest';
import { durationToDays, formatDuration, isDuration } from '../../../lib/card-facts/duration';

describe('durations', () => {
  test('spells out the units the engine writes', () => {
    expect(formatDuration('P30D')).toBe('30 days');
    expect(formatDuration('P7Y')).toBe('7 years');
    expect(formatDuration('P1Y6M')).toBe('1 year 6 months');
    expect(formatDuration('PT24H')).toBe('24 hours');
    expect(formatDuration('P1W')).toBe('1 week');
  });

  test('orders periods by length', () => {
    expect(durationToDays('P30D')).toBe(30);
    expect(durationToDays('P1M')!).toBeLessThan(durationToDays('P5W')!);
    expect(durationToDays('P2Y')!).toBeGreaterThan(durationToDays('P18M')!);
  });

  test('refuses things that are not durations', () => {
    for (const v of ['P', 'PT', '30 days', '2024-01-01', '', 'P-1D']) {
      expect(isDuration(v)).toBe(false);
      expect(durationToDays(v)).toBeUndefined();
      expect(formatDuration(v)).toBe(v);
    }
  });
});
