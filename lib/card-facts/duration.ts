/**
 * ISO-8601 durations as the engine writes them (`P30D`, `P7Y`, `P1Y6M`,
 * `PT24H`): parsed to an approximate number of days so retention periods can
 * be compared, and spelled out for people ("30 days", "7 years").
 */

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

function parseParts(iso: string): DurationParts | undefined {
  const m = DURATION.exec(iso.trim().toUpperCase());
  // "P" and "PT" alone match the pattern but mean nothing.
  if (!m || m.slice(1).every((g) => g === undefined)) return undefined;
  const n = (g: string | undefined) => (g === undefined ? 0 : Number(g));
  return {
    years: n(m[1]),
    months: n(m[2]),
    weeks: n(m[3]),
    days: n(m[4]),
    hours: n(m[5]),
    minutes: n(m[6]),
    seconds: n(m[7]),
  };
}

/** Approximate length in days (a year is 365.25 days, a month 30.44), or undefined when not a duration. */
export function durationToDays(iso: string): number | undefined {
  const p = parseParts(iso);
  if (!p) return undefined;
  return (
    p.years * 365.25 +
    p.months * 30.44 +
    p.weeks * 7 +
    p.days +
    p.hours / 24 +
    p.minutes / 1440 +
    p.seconds / 86400
  );
}

/** True when the string is an ISO-8601 duration this module understands. */
export function isDuration(value: string): boolean {
  return parseParts(value) !== undefined;
}

const UNITS: Array<[keyof DurationParts, string]> = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

/** "P30D" → "30 days", "P1Y6M" → "1 year 6 months"; anything else is returned unchanged. */
export function formatDuration(iso: string): string {
  const p = parseParts(iso);
  if (!p) return iso;
  return UNITS.filter(([key]) => p[key] > 0)
    .map(([key, unit]) => `${p[key]} ${unit}${p[key] === 1 ? '' : 's'}`)
    .join(' ');
}
