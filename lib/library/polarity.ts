import { compareOrderOf, taxonomyEntry, type Section, type Tone } from '../schema';

/**
 * How to judge a taxonomy id when comparing policies, read from its row:
 * - `risky`: a practice you would rather not see; an explicit `no` is best, `yes` is bad news.
 * - `data`: ordinary collection or sharing; `no` is still best, but `yes` is not alarming.
 * - `protective`: a right or safeguard; `yes` is best.
 * - `shorter` / `longer`: judged by the duration in `value` (the row's compare
 *   order: shortest retention is best; longest advance notice is best).
 * - `neutral`: informational; nothing is better or worse.
 */
export type Polarity = 'risky' | 'data' | 'protective' | 'shorter' | 'longer' | 'neutral';

// The card's colours and the compare view's ranking come from the same tone, so the two never disagree.
const FROM_TONE: Record<Tone, Polarity> = { risk: 'risky', data: 'data', benefit: 'protective', info: 'neutral' };

/** The polarity of one taxonomy id; `neutral` for an id this build doesn't know. */
export function polarityOf(section: Section, id: string): Polarity {
  const entry = taxonomyEntry(section, id);
  if (!entry) return 'neutral';
  const order = compareOrderOf(entry);
  return order === 'status' ? FROM_TONE[entry.tone] : order;
}
