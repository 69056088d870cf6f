import { EXPORT_VERSION } from '../schema';
import { checkCards, duplicateKeyMessage, shiftCheck, type CheckResult } from './card-check';
import { decodeUtf8, findDuplicateKey, invalidUtf8Message } from './card-meaning';
import { parseExportHead, parseExportHeadOf } from './export-format';
import { MIN_SPLIT_BYTES, PART_PREFIX, cardSpans, cardsArrayStart, findSplits, partText } from './split';
import { storesBlobs, type CardSource } from '../storage/packs';
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
  let sources: CardSource[] | undefined;
  if (spans?.length === items.length) {
    // One Blob for the part (one copy of its bytes); a pack's body is then a slice of it, not a Blob of its own.
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    sources = spans.map(([s, e], i) => ({ blob, start: s, size: e - s, commaBefore: i > 0 && bytes[s - 1] === 0x2c && spans[i - 1]![1] === s - 1 }));
  }
  if (!sources) {
    // No spans (string bodies, or bytes the scanner cannot follow): the whole text is searched for a key twice.
    const twice = findDuplicateKey(text);
    text = '';
    if (twice) {
      if (index === 0 && twice.path[0] !== 'cards') return fallback;
      return { ok: true, head, count: items.length, result: keyTwice(twice) };
    }
    return { ok: true, head, count: items.length, result: checkCards({ items, offset: 0, fromJson: false, prepare: true }) };
  }
  text = '';
  // A key twice would survive in the stored bytes (and the next export): refuse it, with its path from this part's first card.
  if (index === 0) {
    const at = cardsArrayStart(bytes);
    const found = at >= 0 ? findDuplicateKey(`${new TextDecoder().decode(bytes.subarray(0, at))}]}`) : undefined;
    if (found) return fallback;
  }
  // The guard counts each card's keys as it checks it: a card whose text spells more has a key twice.
  const { keysDiffer, ...result } = checkCards({ items, offset: 0, fromJson: false, prepare: true, sources, keys: colons });
  if (keysDiffer === undefined) return { ok: true, head, count: items.length, result };
  const [s, e] = spans![keysDiffer]!;
  const found = findDuplicateKey(new TextDecoder().decode(bytes.subarray(s, e)));
  // Never expected (more colons than keys means a key twice): the whole-file path decides.
  if (!found) return fallback;
  return { ok: true, head, count: items.length, result: keyTwice({ path: ['cards', keysDiffer, ...found.path], key: found.key }) };
}

/** A run refused for a key twice (the first in it, with its path). */
function keyTwice(twice: { path: Array<string | number>; key: string }): CheckResult {
  return { problems: 1, first: { path: twice.path, message: duplicateKeyMessage(twice.key) } };
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
