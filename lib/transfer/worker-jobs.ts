import { EXPORT_VERSION } from '../schema';
import { checkCards, duplicateKeyMessage, shiftCheck, type CheckResult } from './card-check';
import { decodeUtf8, findDuplicateKey, invalidUtf8Message } from './card-meaning';
import { parseExportHead, parseExportHeadOf } from './export-format';
import { MIN_SPLIT_BYTES, PART_PREFIX, cardSpans, cardsArrayStart, findSplits, partText } from './split';
import { storesBlobs } from '../storage/packs';
import { errorMessage } from '../errors/error-message';

/**
 * The heavy part of import, written to run in a worker (no Dexie, no DOM),
 * so both cores work and the page stays free. (Export needs no worker: it
 * joins stored Blobs; stored runs that need checking go through
 * `checkRunsHere` in a worker.)
 */

/** One worker's share of an import: the file's head checked, and its run of cards checked and packed. */
export type ImportSlice =
  | { ok: false; error: string }
  | { ok: true; head: CheckResult; count: number; result: CheckResult };

/**
 * Reads an export file, checks its head (exactly as `importFile` does on the
 * page) and checks and packs part `part` of `parts` consecutive runs of its
 * cards (packs with Blob bodies, which go back to the page by reference).
 * Every worker parses the whole text and validates only its own run: the
 * path for files too small to split, and the fallback when a split fails
 * (`readImportPart` is the usual path for large files).
 */
export async function readImportSlice(file: Blob, part: number, parts: number): Promise<ImportSlice> {
  let text: string;
  try {
    const decoded = typeof file.arrayBuffer === 'function' ? decodeUtf8(new Uint8Array(await file.arrayBuffer())) : { ok: true as const, text: await file.text() };
    if (!decoded.ok) return { ok: false, error: invalidUtf8Message(decoded.at) };
    text = decoded.text;
  } catch (e) {
    return { ok: false, error: `The file could not be read (${errorMessage(e)}).` };
  }
  const head = parseExportHead(text);
  text = '';
  if (!head.ok) return head;
  const size = Math.ceil(head.cards.length / parts);
  const items = head.cards.slice(part * size, (part + 1) * size);
  const result = checkCards({ items, offset: part * size, fromJson: false, prepare: true });
  return { ok: true, head: head.head, count: head.cards.length, result };
}

/** A worker's part of a split file: checked and packed, card paths counted from the part's first card; or `fallback`. */
export type ImportPart = { ok: true; head: CheckResult; count: number; result: CheckResult } | { ok: false; fallback: true };

/**
 * Reads, parses, checks and packs one part of a split file (`findSplits`).
 * Part 0 carries the document's other fields, which are checked as the
 * whole file's would be; it must be of the current version (no migration)
 * and end inside `cards`. Later parts must be `{"cards":[…]}`. Anything else
 * (the split missed a card boundary, or the file is broken) is `fallback`:
 * the page then reads the whole file the usual way, which says what is wrong.
 */
export async function readImportPart(file: Blob, range: readonly [number, number], index: number, count: number): Promise<ImportPart> {
  const fallback = { ok: false, fallback: true } as const;
  let raw: unknown;
  let bytes: Uint8Array;
  let text: string;
  try {
    bytes = new Uint8Array(await file.slice(range[0], range[1]).arrayBuffer());
    // Bytes that are not UTF-8 throw here: the whole-file read then refuses the file with their offset.
    text = partText(bytes, index, count);
    // A second top-level "cards" later in the file would win in a whole parse but not here: leave such files to it.
    if (index > 0 && text.indexOf('"cards"', PART_PREFIX.length) >= 0) return fallback;
    raw = JSON.parse(text);
  } catch {
    return fallback;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fallback;
  const doc = raw as Record<string, unknown>;
  const keys = Object.keys(doc);
  if (!Array.isArray(doc.cards) || keys[keys.length - 1] !== 'cards') return fallback;
  let head: CheckResult = { problems: 0 };
  if (index === 0) {
    if (doc.version !== EXPORT_VERSION) return fallback;
    const checked = parseExportHeadOf(doc);
    if (!checked.ok) return fallback;
    head = checked.head;
  } else if (keys.length !== 1) return fallback;
  const items = doc.cards as unknown[];
  // Each card's own bytes in the file: stored by reference when they are the validated card (no stringify, no encode).
  const colons: number[] = [];
  const spans = storesBlobs() ? cardSpans(bytes, index, colons) : undefined;
  const sources = spans?.length === items.length ? spans.map(([s, e]) => ({ bytes: bytes.subarray(s, e), size: e - s })) : undefined;
  // A key twice would survive in the stored bytes (and the next export): refuse it, with its path from this part's first card.
  const twice = sources ? keyTwiceInCards(items, sources, colons, index === 0 ? bytes : undefined) : findDuplicateKey(text);
  text = '';
  if (twice) {
    if (index === 0 && twice.path[0] !== 'cards') return fallback;
    return { ok: true, head, count: items.length, result: { problems: 1, first: { path: twice.path, message: duplicateKeyMessage(twice.key) } } };
  }
  const result = checkCards({ items, offset: 0, fromJson: false, prepare: true, sources });
  return { ok: true, head, count: items.length, result };
}

/** Keys of a parsed JSON value, all the way down (plain loops: this runs over every imported card). */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) n += countKeys(value[i]);
    return n;
  }
  const keys = Object.keys(value);
  n = keys.length;
  for (let i = 0; i < keys.length; i++) {
    const v = (value as Record<string, unknown>)[keys[i]!];
    if (v !== null && typeof v === 'object') n += countKeys(v);
  }
  return n;
}

/**
 * The first key twice in a part's cards, by the cheap test first: a card
 * whose text spells more keys (`colons`, from `cardSpans`) than its parsed
 * value holds has one, found with its path by `findDuplicateKey` on that
 * card's bytes alone. With `head` (part 0), the document's fields before
 * the cards are scanned too (a few bytes).
 */
function keyTwiceInCards(
  items: readonly unknown[],
  sources: ReadonlyArray<{ bytes: Uint8Array }>,
  colons: readonly number[],
  head?: Uint8Array,
): { path: Array<string | number>; key: string } | undefined {
  if (head) {
    const at = cardsArrayStart(head);
    const found = at >= 0 ? findDuplicateKey(`${new TextDecoder().decode(head.subarray(0, at))}]}`) : undefined;
    if (found) return found;
  }
  const k = items.findIndex((item, i) => countKeys(item) !== colons[i]);
  if (k < 0) return undefined;
  const found = findDuplicateKey(new TextDecoder().decode(sources[k]!.bytes));
  return found ? { path: ['cards', k, ...found.path], key: found.key } : undefined;
}

/**
 * Reads a file split in `parts` (`findSplits`), each part by `run` (a
 * worker running `readImportPart`), as slices whose card paths count from
 * the start of the file. `undefined` when the file is not split or a part
 * falls back: then it is read whole.
 */
export async function readSplit(
  file: Blob,
  parts: number,
  run: (range: [number, number], index: number, count: number) => Promise<ImportPart>,
  minBytes = MIN_SPLIT_BYTES,
): Promise<ImportSlice[] | undefined> {
  const ranges = await findSplits(file, parts, minBytes);
  if (!ranges) return undefined;
  const read = await Promise.all(ranges.map((range, index) => run(range, index, ranges.length)));
  const ok = read.flatMap((p) => (p.ok ? [p] : []));
  if (ok.length !== read.length) return undefined;
  let at = 0;
  return ok.map((p) => {
    const result = shiftCheck(p.result, at);
    at += p.count;
    return { ok: true as const, head: p.head, count: p.count, result };
  });
}
