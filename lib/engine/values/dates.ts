/** Dates in policy headers ("Last updated: March 3, 2014", "Effective 2024-12-01", "12/01/2024") to ISO YYYY-MM-DD. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO_RE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const MDY_RE = new RegExp(String.raw`\b${MONTH}\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b`, 'i');
const DMY_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?${MONTH},?\s{1,3}(\d{4})\b`, 'i');
const SLASH_RE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const MONTH_YEAR_RE = new RegExp(String.raw`\b${MONTH},?\s{1,3}(\d{4})\b`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

export interface DateMatch {
  start: number;
  iso: string;
}

/**
 * The earliest date in `text` as ISO YYYY-MM-DD. Slash dates are read as
 * US month/day unless the first part exceeds 12. A bare "December 2024"
 * becomes the first of the month, because a card needs a sortable date.
 */
export function findDate(text: string): DateMatch | undefined {
  const found: DateMatch[] = [];
  const iso = ISO_RE.exec(text);
  if (iso) {
    const v = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (v) found.push({ start: iso.index, iso: v });
  }
  const mdy = MDY_RE.exec(text);
  if (mdy) {
    const v = valid(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
    if (v) found.push({ start: mdy.index, iso: v });
  }
  const dmy = DMY_RE.exec(text);
  if (dmy) {
    const v = valid(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
    if (v) found.push({ start: dmy.index, iso: v });
  }
  const sl = SLASH_RE.exec(text);
  if (sl) {
    let a = Number(sl[1]);
    let b = Number(sl[2]);
    let y = Number(sl[3]);
    if (y < 100) y += 2000;
    if (a > 12) [a, b] = [b, a];
    const v = valid(y, a, b);
    if (v) found.push({ start: sl.index, iso: v });
  }
  if (found.length === 0) {
    const my = MONTH_YEAR_RE.exec(text);
    if (my) {
      const v = valid(Number(my[2]), monthNumber(my[1] ?? ''), 1);
      if (v) found.push({ start: my.index, iso: v });
    }
  }
  found.sort((x, y) => x.start - y.start);
  return found[0];
}

/** The earliest date in `text` as ISO YYYY-MM-DD, or undefined. */
export function parseDate(text: string): string | undefined {
  return findDate(text)?.iso;
}
