import type { Section } from '../schema';
// The summary card already says, per id, whether a `yes` is good or bad news;
// the compare view ranks with the same judgement so the two never disagree.
import { FINDING_LABELS, type LabelTone } from '../present/finding-labels';

/**
 * How to judge a taxonomy id when comparing policies:
 * - `risky`: a practice you would rather not see; an explicit `no` is best, `yes` is bad news.
 * - `data`: ordinary collection or sharing; `no` is still best, but `yes` is not alarming.
 * - `protective`: a right or safeguard; `yes` is best.
 * - `shorter` / `longer`: judged by the duration in `value` (shortest
 *   retention is best; longest advance notice is best).
 * - `neutral`: informational; nothing is better or worse.
 */
export type Polarity = 'risky' | 'data' | 'protective' | 'shorter' | 'longer' | 'neutral';

/** Rows whose answer is a number of days: the value decides, not the yes. */
const BY_DURATION: Record<string, Polarity> = {
  'retention/stated': 'shorter',
  'retention/after_closure': 'shorter',
  'rights/response_time': 'shorter',
  'changes/advance_notice': 'longer',
};

const FROM_TONE: Record<LabelTone, Polarity> = { risk: 'risky', data: 'data', benefit: 'protective', info: 'neutral' };

/** The polarity of one taxonomy id. */
export function polarityOf(section: Section, id: string): Polarity {
  const duration = BY_DURATION[`${section}/${id}`];
  if (duration) return duration;
  const label = (FINDING_LABELS[section] as Record<string, { tone: LabelTone }>)[id];
  return label ? FROM_TONE[label.tone] : 'neutral';
}
