import { taxonomyEntry, type Finding } from '../schema';
import { t, type MessageKey } from './i18n';

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const UNITS = ['Year', 'Month', 'Week', 'Day', 'Hour', 'Minute', 'Second'] as const;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "1 year" / "3 years", from the locale file (`durationYearOne`, `durationYearMany`, …). */
function unitText(unit: (typeof UNITS)[number], count: number): string {
  return t(`duration${unit}${count === 1 ? 'One' : 'Many'}` as MessageKey, count);
}

/** A month's name from the locale file, 1-based ("March" for 3); undefined outside 1–12. */
function monthName(month: number): string | undefined {
  return month >= 1 && month <= 12 ? t(`month${month}` as MessageKey) : undefined;
}

/** "P30D" → "30 days", "P1Y6M" → "1 year 6 months", "PT24H" → "24 hours". Not a duration → undefined. */
export function formatDuration(iso: string): string | undefined {
  const match = DURATION.exec(iso.trim().toUpperCase());
  if (!match) return undefined;
  const parts = UNITS.flatMap((unit, i) => {
    const n = match[i + 1];
    if (n === undefined) return [];
    return [unitText(unit, Number(n))];
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
  const name = monthName(Number(month));
  if (!name) return undefined;
  return day ? t('dateDayMonthYear', Number(day), name, year!) : t('dateMonthYear', name, year!);
}

/** The calendar day of an ISO date-time in the person's time zone: "March 5, 2024". */
export function formatDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return t('dateDayMonthYear', date.getDate(), monthName(date.getMonth() + 1)!, date.getFullYear());
}

/**
 * A finding's value as a person reads it, by the value kind of its taxonomy
 * row: durations spelled out, ages as "Age 16", dates written out, anything
 * else (e-mail, countries) as is. A duration- or date-shaped value of another
 * id is written out too.
 */
export function formatFindingValue(finding: Pick<Finding, 'section' | 'id' | 'value'>): string | undefined {
  const value = finding.value;
  if (value === undefined) return undefined;
  const kind = taxonomyEntry(finding.section, finding.id)?.value;
  if (kind === 'age' && /^\d+$/.test(value.trim())) return t('valueAge', Number(value));
  if (kind === 'duration' || DURATION.test(value)) return formatDuration(value) ?? value;
  if (kind === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value) ?? value;
  return value;
}
