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

/** The text a worker parses for part `index` of `count`: the bytes, opened or closed so they are one JSON document. */
export async function partText(file: Blob, range: readonly [number, number], index: number, count: number): Promise<string> {
  const body = new TextDecoder().decode(await file.slice(range[0], range[1]).arrayBuffer());
  let end = body.length;
  if (index + 1 < count) while (end > 0 && /[\s,]/.test(body[end - 1]!)) end--; // the comma before the next part's card
  const trimmed = end === body.length ? body : body.slice(0, end);
  return `${index > 0 ? PART_PREFIX : ''}${trimmed}${index + 1 < count ? ']}' : ''}`;
}
