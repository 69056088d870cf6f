/**
 * Durations in policy prose ("thirty (30) days", "up to 7 years", "12 months")
 * to ISO 8601 (`P30D`, `P7Y`, `P12M`).
 */

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18,
  twenty: 20, 'twenty-four': 24, thirty: 30, 'thirty-six': 36, forty: 40, 'forty-five': 45, fifty: 50,
  sixty: 60, ninety: 90, hundred: 100, 'one hundred eighty': 180, a: 1, an: 1, 'one hundred': 100,
};

const UNIT_CODE: Record<string, string> = {
  day: 'D', week: 'W', month: 'M', year: 'Y', hour: 'H', minute: 'MIN',
};

const NUMBER = String.raw`(\d{1,4}|one hundred eighty|one hundred|twenty-four|thirty-six|forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|a|an)`;

/**
 * One duration: a number (digits, words or "thirty (30)"), optional hyphen,
 * a unit. Bounded pieces only, so the scan stays linear.
 */
export const DURATION_RE = new RegExp(
  String.raw`\b${NUMBER}(?:\s{0,3}\(\s{0,2}(\d{1,4})\s{0,2}\))?[\s-]{1,3}(?:calendar\s|business\s|full\s)?(day|week|month|year|hour|minute)s?\b`,
  'gi',
);

export interface DurationMatch {
  start: number;
  end: number;
  /** ISO 8601 duration, e.g. `P30D`, `P7Y`, `PT24H`. */
  iso: string;
}

function toNumber(raw: string, paren: string | undefined): number | undefined {
  if (paren) return Number(paren);
  if (/^\d+$/.test(raw)) return Number(raw);
  return WORD_NUMBERS[raw.toLowerCase()];
}

/** ISO 8601 for `n` units; hours and minutes go after the `T`. */
export function isoDuration(n: number, unit: string): string {
  const u = UNIT_CODE[unit.toLowerCase()] ?? 'D';
  if (u === 'H') return `PT${n}H`;
  if (u === 'MIN') return `PT${n}M`;
  return `P${n}${u}`;
}

/** Every duration in `text`, in order. "a year" counts as one year. */
export function findDurations(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    const n = toNumber(m[1] ?? '', m[2]);
    if (n === undefined || n <= 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, iso: isoDuration(n, m[3] ?? 'day') });
  }
  return out;
}

/** The first duration in `text`, as ISO 8601, or undefined. */
export function parseDuration(text: string): string | undefined {
  return findDurations(text)[0]?.iso;
}
