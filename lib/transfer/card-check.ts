import { cardSchema, type Card } from '../schema';
import { cardSchemaStamp } from '../storage/card-stamp';
import { makePacks, type CardSource, type PackContent, type PreparedCard } from '../storage/packs';
import { summarizeCard } from '../card-facts/summary';
import { errorMessage } from '../errors/error-message';
import { decodeUtf8, findDuplicateKey, meaningProblem } from './card-meaning';
import { plainValidCardKeys } from './card-guard';

/** The first problem zod found in a run of cards, and how many problems there are in all. */
export interface CheckResult {
  problems: number;
  first?: { path: Array<string | number>; message: string };
  /** With `prepare`: every card as stored (validated JSON, summary, stamp), packed in order. */
  packs?: PackContent[];
  /** With `keys`: the first card whose parsed value holds fewer keys than its text spells (a key twice). */
  keysDiffer?: number;
}

/** What a worker (or the page itself) is asked to check: cards as objects or JSON strings. */
export interface CheckRequest {
  items: readonly unknown[];
  /** Index of `items[0]` in the file, for paths like `cards[3].findings[0]`. */
  offset: number;
  /** `items` are JSON strings (from storage) rather than parsed values. */
  fromJson: boolean;
  /** Also return the validated cards packed ready to store (stamped: they passed the schema). */
  prepare: boolean;
  /** With `prepare`: each card's bytes in the file, stored as they are when they are exactly the validated card. */
  sources?: readonly CardSource[];
  /**
   * How many keys each card's text spells (`cardSpans`' colons): a card
   * whose parsed value holds fewer has a key twice (`JSON.parse` keeps one),
   * reported as `keysDiffer`. Counted in the guard's own walk, so cards
   * Policy Lens wrote cost no second pass.
   */
  keys?: readonly number[];
}

/**
 * Whether zod's output has every key of the input, all the way down: then the
 * input's JSON is the validated card's JSON (the schema has no transforms), and
 * it can be stored without stringifying the output.
 */
export function keptEveryKey(input: unknown, output: unknown): boolean {
  if (Array.isArray(input)) {
    return Array.isArray(output) && input.length === output.length && input.every((x, i) => keptEveryKey(x, output[i]));
  }
  if (input === null || typeof input !== 'object') return input === output;
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return false;
  const keys = Object.keys(input);
  if (keys.length !== Object.keys(output).length) return false;
  return keys.every((k) => Object.hasOwn(output, k) && keptEveryKey((input as Record<string, unknown>)[k], (output as Record<string, unknown>)[k]));
}

/**
 * Validates cards with the card schema of the export document (the same
 * schema, one card at a time, so the work splits across workers). Pure: runs
 * in a worker or on the page.
 */
export function checkCards({ items, offset, fromJson, prepare, sources, keys }: CheckRequest): CheckResult {
  let problems = 0;
  let first: CheckResult['first'];
  let keysDiffer: number | undefined;
  const prepared: PreparedCard[] = [];
  items.forEach((item, i) => {
    let value: unknown = item;
    if (fromJson) {
      try {
        value = JSON.parse(item as string);
      } catch (e) {
        problems++;
        first ??= { path: ['cards', offset + i], message: `not valid JSON (${errorMessage(e)})` };
        return;
      }
    }
    // Cards the schema passes unchanged (every card Policy Lens wrote) skip zod's interpreter; zod decides the rest.
    let card: Card;
    const plainKeys = plainValidCardKeys(value);
    const plain = plainKeys >= 0;
    if (keys && keysDiffer === undefined && (plain ? plainKeys : countKeys(value)) !== keys[i]) keysDiffer = i;
    if (plain) card = value as Card;
    else {
      const parsed = cardSchema.safeParse(value);
      if (!parsed.success) {
        problems += parsed.error.issues.length;
        const issue = parsed.error.issues[0]!;
        first ??= { path: ['cards', offset + i, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: issue.message };
        return;
      }
      card = parsed.data;
    }
    const wrong = meaningProblem(card);
    if (wrong) {
      problems++;
      first ??= { path: ['cards', offset + i, ...wrong.path], message: wrong.message };
      return;
    }
    if (prepare && problems === 0) {
      const source = sources?.[i];
      const stored = source && (plain || keptEveryKey(value, card)) ? { source } : { json: JSON.stringify(card) };
      prepared.push({ ...stored, summary: summarizeCard(card), checked: cardSchemaStamp() });
    }
  });
  const differ = keysDiffer === undefined ? {} : { keysDiffer };
  if (problems) return { problems, first, ...differ };
  // A key twice refuses the run (its caller names it): no packs to make.
  const packs = prepare && keysDiffer === undefined ? makePacks(prepared) : undefined;
  return { problems: 0, ...(packs ? { packs } : {}), ...differ };
}

/** Keys of a parsed JSON value, all the way down (plain loops: cards the guard cannot count come here). */
export function countKeys(value: unknown): number {
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

/** What is wrong with a key that appears twice. */
export function duplicateKeyMessage(key: string): string {
  return `the key ${JSON.stringify(key)} appears twice in the same object`;
}

/** Joins the results of consecutive runs (in file order) into one. */
export function mergeChecks(results: readonly CheckResult[]): CheckResult {
  const problems = results.reduce((n, r) => n + r.problems, 0);
  if (problems) return { problems, first: results.find((r) => r.first)?.first };
  if (!results.some((r) => r.packs)) return { problems: 0 };
  return { problems: 0, packs: results.flatMap((r) => r.packs ?? []) };
}

/** A result with its card paths moved by `by` (a run checked on its own, placed later in the file). */
export function shiftCheck(result: CheckResult, by: number): CheckResult {
  if (!result.first || by === 0) return result;
  const [head, index, ...rest] = result.first.path;
  const path = head === 'cards' && typeof index === 'number' ? [head, index + by, ...rest] : result.first.path;
  return { ...result, first: { ...result.first, path } };
}

/** Runs checks; the library page passes one that spreads the work over workers. */
export type CardChecker = (request: CheckRequest) => Promise<CheckResult>;

/** Checks on this thread, in one piece. */
export const checkHere: CardChecker = async (request) => checkCards(request);

/** Stored runs of an export (`json,json,…` Blobs) to check, with the file index of each run's first card. */
export interface StoredRun {
  body: Blob | string;
  offset: number;
}

/** Checks stored runs; the library page passes one that spreads them over workers. */
export type RunChecker = (runs: readonly StoredRun[]) => Promise<CheckResult>;

/** Reads and checks stored runs here, in order (each run is one read and one `JSON.parse`). */
export const checkRunsHere: RunChecker = async (runs) => {
  const results: CheckResult[] = [];
  for (const run of runs) {
    // Stored bytes are checked as an import would check them: UTF-8, JSON, no key twice, then each card.
    let text: string;
    if (typeof run.body === 'string') text = run.body;
    else {
      const decoded = decodeUtf8(new Uint8Array(await run.body.arrayBuffer()));
      if (!decoded.ok) {
        results.push({ problems: 1, first: { path: ['cards', run.offset], message: `not valid UTF-8 (byte ${decoded.at} of its stored text)` } });
        continue;
      }
      text = decoded.text;
    }
    let items: unknown[];
    try {
      items = JSON.parse(`[${text}]`) as unknown[];
    } catch (e) {
      results.push({ problems: 1, first: { path: ['cards', run.offset], message: `not valid JSON (${errorMessage(e)})` } });
      continue;
    }
    const twice = findDuplicateKey(`[${text}]`);
    if (twice) {
      const [k, ...rest] = twice.path;
      results.push({ problems: 1, first: { path: ['cards', run.offset + (k as number), ...rest], message: duplicateKeyMessage(twice.key) } });
      continue;
    }
    results.push(checkCards({ items, offset: run.offset, fromJson: false, prepare: false }));
  }
  return mergeChecks(results);
};
