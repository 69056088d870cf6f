import type { Card } from '../schema';

/**
 * What the card schema cannot say about a card read from a file: that it
 * makes sense. Shape is zod's job; these checks refuse a card whose quotes
 * point outside its text or disagree with their offsets, or whose analysis
 * date is not a date (one such card once hid a fresh version of its URL).
 * Pure and cheap: they run on every import path, in workers or on the page.
 */

/** A problem with its path inside the card (`findings[0].evidence[2].end`). */
export interface MeaningProblem {
  path: Array<string | number>;
  message: string;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True when `text` is an ISO date-time that names a real moment (no 31 February, no hour 25). */
export function isDateTime(text: string): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((g) => Number(g ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  // Day of month checked against the month's length (Date.parse would roll 31 February over to March).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && Number.isFinite(Date.parse(text));
}

/**
 * The first thing about a schema-valid card that makes no sense, or
 * `undefined`. Every quote is `text.slice(start, end)` of the card's
 * extracted text (the engine builds it so), so its end lies within
 * `source.textLength` and its length is `end - start`; the text itself is
 * not in the card, so that is as far as a quote can be checked.
 */
export function meaningProblem(card: Card): MeaningProblem | undefined {
  if (!isDateTime(card.analyzedAt)) {
    return { path: ['analyzedAt'], message: `not a date and time (expected like "2025-01-31T12:00:00.000Z", got ${JSON.stringify(card.analyzedAt.slice(0, 40))})` };
  }
  const length = card.source.textLength;
  // Plain loops, and a path built only for a problem: this runs over every quote of every imported card.
  for (let f = 0; f < card.findings.length; f++) {
    const evidence = card.findings[f]!.evidence;
    for (let e = 0; e < evidence.length; e++) {
      const quote = evidence[e]!;
      if (quote.end > length) {
        return { path: ['findings', f, 'evidence', e, 'end'], message: `the quote ends at ${quote.end}, after the end of the text (source.textLength ${length})` };
      }
      if (quote.text.length !== quote.end - quote.start) {
        return {
          path: ['findings', f, 'evidence', e, 'text'],
          message: `the quote does not match its offsets: it is ${quote.text.length} characters long, but ${quote.start}–${quote.end} spans ${quote.end - quote.start}`,
        };
      }
    }
  }
  return undefined;
}

/**
 * The first key that appears twice in one object of a JSON text, with its
 * path, or `undefined`. `JSON.parse` silently keeps the last of them, and a
 * card stored as the file's bytes would keep both and export them again.
 * The text must be valid JSON (call after `JSON.parse` succeeded). Strings
 * are skipped with `indexOf`, so this costs little next to the parse.
 */
export function findDuplicateKey(text: string): { path: Array<string | number>; key: string } | undefined {
  const isObject: boolean[] = [];
  const index: number[] = [];
  const keys: string[][] = [];
  const current: string[] = [];
  let depth = -1;
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Find the closing quote: one not preceded by an odd run of backslashes.
      let j = i;
      let escaped = false;
      for (;;) {
        j = text.indexOf('"', j + 1);
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - 1 - k) % 2 === 0) break;
        escaped = true;
      }
      if (expectKey) {
        // A backslash inside the key (the search above only notices one before a quote): scan the key itself, it is short.
        for (let k = i + 1; !escaped && k < j; k++) if (text.charCodeAt(k) === 0x5c) escaped = true;
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        const seen = keys[depth]!;
        if (seen.includes(key)) return { path: [...pathAt(depth, isObject, index, current), key], key };
        seen.push(key);
        current[depth] = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      depth++;
      isObject[depth] = true;
      if (keys[depth]) keys[depth]!.length = 0;
      else keys[depth] = [];
      expectKey = true;
    } else if (c === 0x5b) {
      depth++;
      isObject[depth] = false;
      index[depth] = 0;
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      expectKey = false; // `{}` closes without a key
    } else if (c === 0x2c) {
      if (isObject[depth]) expectKey = true;
      else index[depth]!++;
    }
  }
  return undefined;
}

/** The path to the container at `depth` (keys of objects, indexes of arrays above it). */
function pathAt(depth: number, isObject: boolean[], index: number[], current: string[]): Array<string | number> {
  const path: Array<string | number> = [];
  for (let d = 0; d < depth; d++) path.push(isObject[d] ? current[d]! : index[d]!);
  return path;
}

const fatal = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : undefined;

/**
 * UTF-8 bytes as text, or the byte offset (counted from `base`) of the
 * first byte that is not valid UTF-8. Browsers' `Blob.text()` would put
 * U+FFFD in its place and carry on; an import refuses instead.
 */
export function decodeUtf8(bytes: Uint8Array, base = 0): { ok: true; text: string } | { ok: false; at: number } {
  try {
    return { ok: true, text: fatal!.decode(bytes) };
  } catch {
    return { ok: false, at: base + firstInvalidByte(bytes) };
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence (only called once decoding failed). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** The sentence for a file that is not UTF-8. */
export function invalidUtf8Message(at: number): string {
  return `The file is not valid UTF-8: the byte at offset ${at} is not part of a valid character.`;
}
