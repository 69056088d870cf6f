import { cardSchema, type Card } from '../schema';
import type { PreparedCard } from '../storage/packs';
import { summarizeCard } from './summary';
import { errorMessage } from '../errors/error-message';

/** The first problem zod found in a run of cards, and how many problems there are in all. */
export interface CheckResult {
  problems: number;
  first?: { path: Array<string | number>; message: string };
  /** With `prepare`: every card as stored (validated JSON and summary), in order. */
  prepared?: PreparedCard[];
}

/** What a worker (or the page itself) is asked to check: cards as objects or JSON strings. */
export interface CheckRequest {
  items: readonly unknown[];
  /** Index of `items[0]` in the file, for paths like `cards[3].findings[0]`. */
  offset: number;
  /** `items` are JSON strings (from storage) rather than parsed values. */
  fromJson: boolean;
  /** Also return the validated cards ready to store. */
  prepare: boolean;
}

/**
 * Validates cards with the card schema of the export document (the same
 * schema, one card at a time, so the work splits across workers). Pure: runs
 * in a worker or on the page.
 */
export function checkCards({ items, offset, fromJson, prepare }: CheckRequest): CheckResult {
  let problems = 0;
  let first: CheckResult['first'];
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
    const parsed = cardSchema.safeParse(value);
    if (!parsed.success) {
      problems += parsed.error.issues.length;
      const issue = parsed.error.issues[0]!;
      first ??= { path: ['cards', offset + i, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: issue.message };
      return;
    }
    if (prepare && problems === 0) {
      const card: Card = parsed.data;
      prepared.push({ json: JSON.stringify(card), summary: summarizeCard(card) });
    }
  });
  return problems ? { problems, first } : { problems: 0, ...(prepare ? { prepared } : {}) };
}

/** Joins the results of consecutive runs (in file order) into one. */
export function mergeChecks(results: readonly CheckResult[]): CheckResult {
  const problems = results.reduce((n, r) => n + r.problems, 0);
  if (problems) return { problems, first: results.find((r) => r.first)?.first };
  if (!results.some((r) => r.prepared)) return { problems: 0 };
  return { problems: 0, prepared: results.flatMap((r) => r.prepared ?? []) };
}

/** Runs checks; the library page passes one that spreads the work over workers. */
export type CardChecker = (request: CheckRequest) => Promise<CheckResult>;

/** Checks on this thread, in one piece. */
export const checkHere: CardChecker = async (request) => checkCards(request);
