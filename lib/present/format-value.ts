import type { Finding } from '../schema';

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "P30D" → "30 days", "P1Y6M" → "1 year 6 months", "PT24H" → "24 hours". Not a duration → undefined. */
export function formatDuration(iso: string): string | undefined {
  const match = DURATION.exec(iso.trim().toUpperCase());
  if (!match) return undefined;
  const parts = UNITS.flatMap((unit, i) => {
    const n = match[i + 1];
    if (n === undefined) return [];
    const count = Number(n);
    return [`${count} ${unit}${count === 1 ? '' : 's'}`];
  });
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * "2024-03-05" → "March 5, 2024", "2024-03" → "March 2024". Read as a calendar
 * date (no time zone shift). Not an ISO date → undefined.
 */
export function formatIsoDate(iso: string): string | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  if (!name) return undefined;
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

/** The calendar day of an ISO date-time in the person's time zone: "March 5, 2024". */
export function formatDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

const DURATION_IDS = new Set(['retention/stated', 'retention/after_closure', 'rights/response_time', 'changes/advance_notice']);
const DATE_IDS = new Set(['meta/last_updated', 'meta/effective']);

/**
 * A finding's value as a person reads it: durations spelled out, ages as
 * "Age 16", dates written out, anything else (e-mail, countries) as is.
 */
export function formatFindingValue(finding: Pick<Finding, 'section' | 'id' | 'value'>): string | undefined {
  const value = finding.value;
  if (value === undefined) return undefined;
  const key = `${finding.section}/${finding.id}`;
  if (key === 'children/min_age' && /^\d+$/.test(value.trim())) return `Age ${Number(value)}`;
  if (DURATION_IDS.has(key) || DURATION.test(value)) return formatDuration(value) ?? value;
  if (DATE_IDS.has(key) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value) ?? value;
  return value;
}
