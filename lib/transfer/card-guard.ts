import { TAXONOMY, isTaxonomyId, type Card } from '../schema';

/**
 * A fast yes for the card schema: true only when `cardSchema.safeParse(value)`
 * would succeed AND return a card equal to `value` (same keys, in the
 * schema's order, nothing stripped). Anything else (a wrong value, an
 * unknown key, keys in another order) is false, and the caller asks zod,
 * which decides and names the problem. So the guard never refuses a card: it
 * only spares zod's interpreter (the extension's CSP forbids zod's compiled
 * parsers) the cards it would pass unchanged, which is every card Policy
 * Lens itself wrote. It mirrors `lib/schema/card.ts` and `finding.ts`;
 * `tests/unit/transfer/card-guard.test.ts` fails when they drift apart (key
 * lists compared with the schemas' shapes, and every field mutated to check
 * that the guard never says yes where zod says no).
 */

/** Keys of each object, in the schema's order; `?` marks an optional key. */
export const CARD_KEYS = ['id', 'service', 'source', 'engineVersion', 'analyzedAt', 'policyScore', 'findings'] as const;
export const SERVICE_KEYS = ['name', 'domain'] as const;
export const SOURCE_KEYS = ['url', 'title', 'textLength', 'textHash', 'lastUpdated?'] as const;
export const FINDING_KEYS = ['section', 'id', 'status', 'value?', 'detail?', 'condition?', 'omittedEvidence?', 'evidence'] as const;
export const EVIDENCE_KEYS = ['start', 'end', 'text', 'contrary?'] as const;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isFilled = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * Keys seen by the guard in the card it is checking: with every key in the
 * schema's order, this is the number of keys the parsed card holds, so the
 * importer can compare it with the keys the card's text spells (a key twice)
 * without walking the card again.
 */
let keysSeen = 0;

/** One key of an object's schema: its name, and whether it may be missing. */
interface KeySpec {
  name: string;
  optional: boolean;
}

/** A key list as specs, read once (`keysInOrder` runs for every object of every imported card). */
const specs = (order: readonly string[]): KeySpec[] =>
  order.map((spec) => (spec.endsWith('?') ? { name: spec.slice(0, -1), optional: true } : { name: spec, optional: false }));

/**
 * Whether `obj`'s own keys are exactly a subsequence of `order` holding every
 * required key, in that order (zod builds its output in the schema's order,
 * so only then is the output the input as it is).
 */
function keysInOrder(obj: Obj, order: readonly KeySpec[]): boolean {
  const keys = Object.keys(obj);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const { name, optional } = order[i]!;
    if (keys[k] === name) {
      // JSON never holds `undefined`; an object that does goes to zod (which drops or refuses it).
      if (obj[name] === undefined) return false;
      k++;
    } else if (!optional) return false;
  }
  keysSeen += k;
  return k === keys.length;
}

const ORDERS = {
  card: specs(CARD_KEYS),
  service: specs(SERVICE_KEYS),
  source: specs(SOURCE_KEYS),
  finding: specs(FINDING_KEYS),
  evidence: specs(EVIDENCE_KEYS),
};

function evidenceOk(e: unknown): boolean {
  if (!isObject(e) || !keysInOrder(e, ORDERS.evidence)) return false;
  const { start, end, text, contrary } = e;
  return isCount(start) && isCount(end) && isFilled(text) && (contrary === undefined || contrary === true) && (end as number) > (start as number);
}

function findingOk(f: unknown): boolean {
  if (!isObject(f) || !keysInOrder(f, ORDERS.finding)) return false;
  const { section, id, status, value, detail, condition, omittedEvidence, evidence } = f;
  if (!isText(section) || !Object.hasOwn(TAXONOMY, section) || !isFilled(id) || (status !== 'yes' && status !== 'no')) return false;
  if (value !== undefined && !isFilled(value)) return false;
  if (detail !== undefined && !isFilled(detail)) return false;
  if (condition !== undefined && condition !== 'consent' && condition !== 'law') return false;
  if (omittedEvidence !== undefined && !(Number.isSafeInteger(omittedEvidence) && (omittedEvidence as number) > 0)) return false;
  if (!Array.isArray(evidence) || evidence.length === 0) return false;
  let supports = false;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    if (!evidenceOk(e)) return false;
    if ((e as Obj).contrary !== true) supports = true;
  }
  // The schema's refinements: an id of this section, a condition only on a denial, one quote that supports the status.
  return supports && isTaxonomyId(section, id) && (condition === undefined || status === 'no');
}

/** True when `value` passes the card schema unchanged (see the module comment); false means "ask zod". */
export function isPlainValidCard(value: unknown): value is Card {
  return plainValidCardKeys(value) >= 0;
}

/**
 * `isPlainValidCard` that also counts: the number of keys in the card, all
 * the way down, when it passes unchanged (every object was walked, every
 * key counted once), else -1.
 */
export function plainValidCardKeys(value: unknown): number {
  keysSeen = 0;
  return plainValidCard(value) ? keysSeen : -1;
}

function plainValidCard(value: unknown): value is Card {
  if (!isObject(value) || !keysInOrder(value, ORDERS.card)) return false;
  const { id, service, source, engineVersion, analyzedAt, policyScore, findings } = value;
  if (!isFilled(id) || !isFilled(engineVersion) || !isFilled(analyzedAt)) return false;
  if (typeof policyScore !== 'number' || !(policyScore >= 0 && policyScore <= 1)) return false;
  if (!isObject(service) || !keysInOrder(service, ORDERS.service) || !isFilled(service.name) || !isText(service.domain)) return false;
  if (!isObject(source) || !keysInOrder(source, ORDERS.source)) return false;
  if (!isText(source.url) || !isText(source.title) || !isCount(source.textLength) || !isFilled(source.textHash)) return false;
  if (source.lastUpdated !== undefined && !isText(source.lastUpdated)) return false;
  if (!Array.isArray(findings)) return false;
  for (let i = 0; i < findings.length; i++) if (!findingOk(findings[i])) return false;
  return true;
}
