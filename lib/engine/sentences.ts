/**
 * Sentence splitting with offsets. Deliberately simple and linear: one pass
 * over the block, a boundary after . ! ? when the next token starts like a
 * sentence and the word before is not a known abbreviation.
 */

import { MAX_SENTENCE, safeCut } from './bounds';

/** How far back from the cap a space is looked for before an over-long run is cut hard. */
const CUT_SEARCH = 200;

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'u.s',
  'u.k', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'incl', 'esp', 'fig', 'sec', 'art', 'para', 'cf', 'al', 'jr', 'sr', 'p.o', 'www',
]);

export { MAX_SENTENCE };

export interface Span {
  start: number;
  end: number;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Where to cut an over-long run that starts at `start`: the last whitespace in
 * the final CUT_SEARCH chars before the cap, else the cap itself. The search
 * is bounded (not `lastIndexOf`, which scans back to the run's start on text
 * without spaces and made 10 MB of letters quadratic).
 */
function cutPoint(text: string, start: number): number {
  const cap = start + MAX_SENTENCE;
  for (let i = cap; i > cap - CUT_SEARCH; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) return i;
  }
  return safeCut(text, cap);
}

/** Pushes `span`, split into pieces of at most MAX_SENTENCE chars: nothing is dropped. */
function pushCapped(out: Span[], text: string, span: Span): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start);
    const piece = trimSpan(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = trimSpan(text, start, span.end);
  if (rest) out.push(rest);
}

/** Splits `text[start, end)` into sentence spans (offsets into `text`). */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      pushCapped(out, text, { start: s, end: i });
      s = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && /["')\]”’]/.test(text[j]!)) j++;
    if (j >= end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k >= end) continue;
    if (!/["'(\[“‘A-Z0-9•\-*]/.test(text[k]!)) continue;
    if (ch === '.') {
      // the word before the period: an abbreviation or a single initial does not end a sentence
      let w = i - 1;
      while (w >= start && /[A-Za-z.]/.test(text[w]!) && i - w < 12) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    pushCapped(out, text, { start: s, end: j });
    s = j;
    i = j - 1;
  }
  pushCapped(out, text, { start: s, end });
  return out;
}
