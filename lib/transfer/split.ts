/**
 * Splitting an export file between workers without reading it all: each
 * worker decodes and parses only its own bytes. A split point is the first
 * `}` `,` `{"id"` (blanks allowed) after an even share of the file: the
 * boundary between two cards in the `cards` array of every file Policy Lens
 * writes (a card's first key is its id). The guess is safe because it is checked: the first part is parsed
 * closed with `]}` and must end inside `cards` (its last key), later parts
 * are parsed as `{"cards":[…]}`, and a split anywhere else (inside a string,
 * between findings) leaves one part unparsable. Any such part sends the
 * whole import down the usual path (every worker parses the whole file), so
 * messages and results never depend on where the split fell.
 */

/** Bytes read around each guess; a card is ~11 KB, so a boundary is always this close. */
const WINDOW = 256 * 1024;
/** Below this a file is read whole by every worker: splitting would save nothing. */
export const MIN_SPLIT_BYTES = 4 * 1024 * 1024;

const BLANK = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** `"id"`: a card's first key as Policy Lens writes it (a finding starts with `"section"`, evidence with `"start"`). */
const ID = [0x22, 0x69, 0x64, 0x22];

/** Index of the `{` in the first `}` `,` `{"id"` of `bytes` (blanks allowed between), or -1. */
function boundaryIn(bytes: Uint8Array): number {
  for (let i = bytes.indexOf(0x7d); i >= 0; i = bytes.indexOf(0x7d, i + 1)) {
    let j = i + 1;
    while (j < bytes.length && BLANK.has(bytes[j]!)) j++;
    if (bytes[j] !== 0x2c) continue;
    j++;
    while (j < bytes.length && BLANK.has(bytes[j]!)) j++;
    if (bytes[j] !== 0x7b) continue;
    let k = j + 1;
    while (k < bytes.length && BLANK.has(bytes[k]!)) k++;
    if (ID.every((b, n) => bytes[k + n] === b)) return j;
  }
  return -1;
}

/**
 * Byte ranges `[start, end)` of `parts` consecutive parts of `file`, each
 * after the first starting at a card's `{`, or `undefined` when the file is
 * small or no boundary turns up (then nothing is split).
 */
export async function findSplits(file: Blob, parts: number, minBytes = MIN_SPLIT_BYTES): Promise<Array<[number, number]> | undefined> {
  if (parts < 2 || file.size < minBytes) return undefined;
  const starts = [0];
  for (let k = 1; k < parts; k++) {
    const guess = Math.floor((file.size * k) / parts);
    const bytes = new Uint8Array(await file.slice(guess, guess + WINDOW).arrayBuffer());
    const at = boundaryIn(bytes);
    if (at < 0 || guess + at <= starts[starts.length - 1]!) return undefined;
    starts.push(guess + at);
  }
  return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1]! : file.size]);
}

/** What a part after the first is opened with. */
export const PART_PREFIX = '{"cards":[';

/** The text a worker parses for part `index` of `count`: the part's bytes, opened or closed so they are one JSON document. */
export function partText(bytes: Uint8Array, index: number, count: number): string {
  // fatal: a byte that is not UTF-8 throws instead of becoming U+FFFD (the caller falls back to the whole file, which names it).
  const body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  let end = body.length;
  if (index + 1 < count) while (end > 0 && /[\s,]/.test(body[end - 1]!)) end--; // the comma before the next part's card
  const trimmed = end === body.length ? body : body.slice(0, end);
  return `${index > 0 ? PART_PREFIX : ''}${trimmed}${index + 1 < count ? ']}' : ''}`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CARDS_KEY = [0x22, 0x63, 0x61, 0x72, 0x64, 0x73, 0x22]; // "cards"

/**
 * Byte ranges of the cards in part `index` of a split file: the top-level
 * elements of the `cards` array (for part 0, the array after the document's
 * `"cards"` key; for later parts, the elements the part starts with). JSON's
 * structure is ASCII and UTF-8 never puts an ASCII byte inside a multi-byte
 * character, so strings and nesting can be followed byte by byte.
 * `undefined` when the bytes do not look like that (the caller then
 * stringifies the parsed cards instead).
 */
export function cardSpans(bytes: Uint8Array, index: number, colons?: number[]): Array<[number, number]> | undefined {
  let from = 0;
  // With `colons`: how many `:` each card holds outside strings, i.e. how many keys its text spells
  // (JSON.parse keeps one of two equal keys, so more keys than the parsed card has means a key twice).
  let keys = 0;
  if (index === 0) {
    const at = cardsArrayStart(bytes);
    if (at < 0) return undefined;
    from = at;
  }
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      if (depth === 0) return undefined; // a string where a card should be
      i = stringEnd(bytes, i);
      if (i < 0) return undefined;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) {
        if (c !== 0x7b) return undefined;
        start = i;
      }
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return c === 0x5d ? spans : undefined; // the array's own `]`
      depth--;
      if (depth === 0) {
        spans.push([start, i + 1]);
        colons?.push(keys);
        keys = 0;
      }
    } else if (c === 0x3a) keys++;
  }
  return depth === 0 ? spans : undefined;
}

/** Bytes a string is looked through one by one before `indexOf` takes over: keys and ids end sooner. */
const SHORT = 24;

/**
 * Index of the closing quote of the string opening at `at`, or -1: the next
 * quote not escaped by an odd run of backslashes. Short strings (keys, most
 * values) are read byte by byte, since a call to `indexOf` costs more than
 * they do; longer ones (quotes, most of a card's bytes) with `indexOf`.
 */
function stringEnd(bytes: Uint8Array, at: number): number {
  const stop = Math.min(bytes.length, at + SHORT);
  for (let j = at + 1; j < stop; j++) {
    const c = bytes[j]!;
    if (c === QUOTE) return j;
    if (c === BACKSLASH) break; // an escape: the general search below counts backslash runs
  }
  for (let j = at; ; ) {
    j = bytes.indexOf(QUOTE, j + 1);
    if (j < 0) return -1;
    let k = j - 1;
    while (bytes[k] === BACKSLASH) k--; // stops at `at` at the latest: it is a quote
    if ((j - 1 - k) % 2 === 0) return j;
  }
}

/** Just after the `[` of the top-level `"cards": [`, or -1. */
export function cardsArrayStart(bytes: Uint8Array): number {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end < 0) return -1;
      if (depth === 1 && end - i + 1 === CARDS_KEY.length && CARDS_KEY.every((b, k) => bytes[i + k] === b)) {
        let j = end + 1;
        while (j < bytes.length && BLANK.has(bytes[j]!)) j++;
        if (bytes[j] === 0x3a) {
          j++;
          while (j < bytes.length && BLANK.has(bytes[j]!)) j++;
          return bytes[j] === 0x5b ? j + 1 : -1;
        }
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}
