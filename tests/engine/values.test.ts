import { describe, expect, test } from 'vitest';
import { parseAge } from '../../lib/engine/values/ages';
import { parseDate } from '../../lib/engine/values/dates';
import { parseDuration } from '../../lib/engine/values/durations';
import { parseEmail } from '../../lib/engine/values/emails';
import { parseRegions } from '../../lib/engine/values/regions';

describe('durations', () => {
  test.each([
    ['retained for 30 days', 'P30D'],
    ['thirty (30) days', 'P30D'],
    ['up to 7 years', 'P7Y'],
    ['for 12 months', 'P12M'],
    ['1 year', 'P1Y'],
    ['a period of two weeks', 'P2W'],
    ['within 24 hours', 'PT24H'],
    ['ninety-day window', 'P90D'],
  ])('%s → %s', (text, iso) => expect(parseDuration(text)).toBe(iso));
  test('no duration', () => expect(parseDuration('as long as necessary')).toBeUndefined());
});

describe('ages', () => {
  test.each([
    ['not intended for children under 16', '16'],
    ['under the age of thirteen (13)', '13'],
    ['users 18 years of age or older', '18'],
    ['ages 13 and older', '13'],
  ])('%s → %s', (text, age) => expect(parseAge(text)).toBe(age));
  test('no age', () => expect(parseAge('children are welcome')).toBeUndefined());
});

describe('dates', () => {
  test.each([
    ['Last updated: March 3, 2014.', '2014-03-03'],
    ['Last updated: 2026-02-08', '2026-02-08'],
    ['Effective 1st of June 2021', '2021-06-01'],
    ['Revised 12/01/2024', '2024-12-01'],
    ['Updated December 2024', '2024-12-01'],
    ['Sept. 5, 2019', '2019-09-05'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
  test('no date', () => expect(parseDate('version 2')).toBeUndefined());
});

describe('emails', () => {
  test.each([
    ['contact us at Privacy@Example.com.', 'privacy@example.com'],
    ['write to techtrouble(at)example(dot)com', 'techtrouble@example.com'],
  ])('%s → %s', (text, email) => expect(parseEmail(text)).toBe(email));
  test('no email', () => expect(parseEmail('[email protected]')).toBeUndefined());
});

describe('regions', () => {
  test('lists regions once, in order', () => {
    expect(parseRegions('transferred to the United States, the EEA and other countries')).toBe('United States, EEA, other countries');
  });
  test('none', () => expect(parseRegions('we store data securely')).toBeUndefined());
  // where data comes from and the names of transfer mechanisms are not where it goes
  test.each([
    ['When we send personal data outside the UK or EEA, we use standard contractual clauses.', undefined],
    ['Where data leaves the European Economic Area, we rely on the EU Standard Contractual Clauses.', undefined],
    ['We transfer data from the EU to the United States under the EU-U.S. Data Privacy Framework.', 'United States'],
    ['Under the UK GDPR, some suppliers in Canada may access your data.', 'Canada'],
    ['We store your data in the EU.', 'EU'],
  ])('%s → %s', (text, regions) => expect(parseRegions(text)).toBe(regions));
});
